package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.DateEvidence;
import org.parley.model.Extraction;
import org.parley.model.PartialDate;
import org.parley.model.Span;
import org.parley.model.Statement;
import org.parley.model.TextBlock;

/** The extractor on short texts of its own, one behaviour each. */
class ExtractorTest {
    private static Extraction extract(String published, String... paragraphs) {
        StringBuilder source = new StringBuilder();
        List<TextBlock> blocks = new java.util.ArrayList<>();
        for (String p : paragraphs) {
            int start = source.length();
            source.append(p);
            blocks.add(new TextBlock(p, new Span(start, source.length()), true, "body"));
            source.append("\n\n");
        }
        DateEvidence date = published == null ? null : new DateEvidence(PartialDate.parse(published), "test", published, null);
        Article article = new Article("test.txt", null, null, source.toString(), blocks, date, null, null, null, "txt", Map.of());
        return Extractor.shared().extract(article);
    }

    private static List<String> labels(Contact c) {
        return c.participants().stream().map(Actor::label).sorted().toList();
    }

    @Test
    void aPhoneCallWithTitledNamesAndARelativeDay() {
        Extraction e = extract("2024-02-11",
                "Chinese President Xi Jinping held a telephone conversation with Russian President Vladimir Putin on Thursday.");
        assertEquals(1, e.contacts().size(), e.contacts().toString());
        Contact c = e.contacts().get(0);
        assertEquals(ContactType.PHONE_CALL, c.type());
        assertEquals(List.of("Vladimir Putin", "Xi Jinping"), labels(c));
        assertEquals(PartialDate.parse("2024-02-08"), c.date());
        assertEquals("telephone conversation", c.evidence().exact());
        String source = e.article().sourceText();
        assertEquals("telephone conversation", source.substring(c.evidence().span().start(), c.evidence().span().end()),
                "evidence points into the original input");
    }

    @Test
    void evidenceInLaterParagraphsPointsIntoTheOriginalInput() {
        Extraction e = extract("2023-04-17", "Moscow, 17 April 2023: A first paragraph with no contact in it at all.",
                "Yesterday, Russian President Vladimir Putin held a meeting with Chinese Defence Minister Li Shangfu.");
        Contact c = e.contacts().get(0);
        String source = e.article().sourceText();
        assertEquals(c.evidence().exact(), source.substring(c.evidence().span().start(), c.evidence().span().end()));
        assertEquals(c.evidence().sentenceText(), source.substring(c.evidence().sentence().start(), c.evidence().sentence().end()));
        assertEquals(PartialDate.parse("2023-04-16"), c.date());
    }

    @Test
    void plannedDeniedAndHypotheticalContactsAreNotContacts() {
        Extraction e = extract("2024-05-02",
                "Turkish President Recep Tayyip Erdogan will visit Tehran next month.",
                "Indian Prime Minister Narendra Modi did not meet Chinese President Xi Jinping at the summit.",
                "French President Emmanuel Macron invited Brazilian President Luiz Inacio Lula da Silva to visit Paris.",
                "German Chancellor Olaf Scholz and Japanese Prime Minister Fumio Kishida agreed to meet again in the autumn.");
        assertTrue(e.contacts().isEmpty(), e.contacts().toString());
    }

    /** "Separate meetings with A and B", like "spoke separately with A and with B", is one contact with each. */
    @Test
    void separateMeetingsWithSeveralPeopleAreOneContactWithEach() {
        Extraction e = extract("2024-11-19", "Indian Prime Minister Narendra Modi held separate bilateral meetings with "
                + "Japanese Prime Minister Shigeru Ishiba and Italian Prime Minister Giorgia Meloni on Monday.");
        List<List<String>> pairs = e.contacts().stream().map(ExtractorTest::labels).toList();
        assertEquals(2, pairs.size(), pairs.toString());
        assertTrue(pairs.contains(List.of("Narendra Modi", "Shigeru Ishiba")), pairs.toString());
        assertTrue(pairs.contains(List.of("Giorgia Meloni", "Narendra Modi")), pairs.toString());
        assertTrue(e.contacts().stream().allMatch(c -> c.date().equals(PartialDate.parse("2024-11-18"))));
    }

    /** A call on someone is a courtesy meeting; a call on someone to do something is an appeal. */
    @Test
    void aCallOnSomeoneIsAMeetingUnlessItIsAnAppeal() {
        Extraction met = extract("2025-05-27", "Yesterday evening Pakistani Prime Minister Shehbaz Sharif called on "
                + "Iranian Supreme Leader Ali Khamenei, according to a statement from his office.");
        assertEquals(List.of("MEETING [Ali Khamenei, Shehbaz Sharif] 2025-05-26"), met.contacts().stream()
                .map(c -> c.type() + " " + labels(c) + " " + c.date()).toList());
        Extraction appeal = extract("2025-05-27", "Pakistani Prime Minister Shehbaz Sharif called on Indian Prime "
                + "Minister Narendra Modi to show restraint, according to a statement.",
                "Sharif also called on Modi to resume talks on the Indus Waters Treaty.");
        assertTrue(appeal.contacts().isEmpty(), appeal.contacts().toString());
    }

    /** "Earlier in the day" is the day's news, not an earlier contact; "after X's trip" is, and has no date of its own. */
    @Test
    void theDaysNewsIsNoBackgroundAndBackgroundTakesNoDateFromTheNews() {
        Extraction e = extract("2023-05-07",
                "Japanese Prime Minister Fumio Kishida arrived in Seoul earlier in the day for a two-day working visit.",
                "South Korean President Yoon Suk Yeol held talks with Kishida in Seoul on Sunday, less than two months "
                        + "after Yoon's landmark trip to Tokyo.");
        List<String> found = e.contacts().stream()
                .map(c -> c.type() + " " + labels(c) + " " + c.date() + " " + (c.place() == null ? null : c.place().label())).toList();
        assertTrue(found.contains("VISIT [Fumio Kishida] 2023-05-07 Seoul"), found.toString());
        assertTrue(found.contains("MEETING [Fumio Kishida, Yoon Suk Yeol] 2023-05-07 Seoul"), found.toString());
        assertEquals(2, found.size(), "no visit to Tokyo dated by the talks' Sunday: " + found);
    }

    /** Talks reported with a visit of one of their people took place where the visit went, not at the dateline. */
    @Test
    void talksOnAVisitAreWhereTheVisitWent() {
        Extraction e = extract("2023-05-07", "SEOUL, May 7 (Yonhap) -- South Korean President Yoon Suk Yeol visited "
                + "Tokyo on March 16 for talks with Japanese Prime Minister Fumio Kishida.");
        Contact talks = e.contacts().stream().filter(c -> c.type() == ContactType.MEETING).findFirst().orElseThrow();
        assertEquals("Tokyo", talks.place().label());
        assertEquals(PartialDate.parse("2023-03-16"), talks.date());
    }

    /** In a readout, "spoke with" is a call, and the day may stand between the verb and the person. */
    @Test
    void aReadoutsSpokenOnADayWithIsACallThatDay() {
        Extraction e = extract("2025-05-10", "Secretary of State Marco Rubio had also spoken on Thursday with "
                + "Pakistani Prime Minister Shehbaz Sharif, urging Pakistan to take concrete steps toward de-escalation.");
        assertEquals(List.of("PHONE_CALL [Marco Rubio, Shehbaz Sharif] 2025-05-08"), e.contacts().stream()
                .map(c -> c.type() + " " + labels(c) + " " + c.date()).toList());
    }

    /** A person the gazetteer lacks, named in full once, is known by the family name alone, even untagged. */
    @Test
    void accordingToAFamilyNameTheArticleIntroduced() {
        Extraction e = extract("2025-01-30", "Presidential spokesperson Vincent Magwenya said on Wednesday that "
                + "President Cyril Ramaphosa had spoken to Kenyan President William Ruto.",
                "According to Magwenya, South Africa will keep its troops in the DRC for now.");
        assertTrue(e.statements().stream().anyMatch(s -> s.speaker().label().equals("Vincent Magwenya")
                && s.quote().startsWith("South Africa will keep its troops")), e.statements().toString());
    }

    @Test
    void anUnknownPublicationDateLeavesRelativeDatesUnknown() {
        Extraction e = extract(null, "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday.");
        assertEquals(1, e.contacts().size());
        assertNull(e.contacts().get(0).date(), "never a guessed date");
        assertEquals("Moscow", e.contacts().get(0).place().label());
    }

    @Test
    void anEarlierContactInPassingNeedsItsOwnDate() {
        Extraction e = extract("2022-02-25",
                "Russian President Vladimir Putin had a telephone conversation with Chinese President Xi Jinping.",
                "Putin recalled Xi's recent visit to Russia.",
                "The two leaders noted the results of their talks in Beijing on February 4.");
        List<String> dates = e.contacts().stream().map(c -> c.type() + " " + c.date()).toList();
        assertTrue(dates.contains("PHONE_CALL 2022-02-25"), dates.toString());
        assertTrue(dates.contains("MEETING 2022-02-04"), dates.toString());
        assertTrue(e.contacts().stream().noneMatch(c -> c.type() == ContactType.VISIT), "an undated earlier visit: " + dates);
    }

    @Test
    void aVisitHasItsVisitorsAndItsHost() {
        Extraction e = extract("2025-05-27", "Pakistani Prime Minister Shehbaz Sharif arrived in Tehran on Monday for a two-day state visit.");
        Contact visit = e.contacts().stream().filter(c -> c.type() == ContactType.VISIT).findFirst().orElseThrow();
        assertEquals(List.of("Shehbaz Sharif"), labels(visit));
        assertEquals("Tehran", visit.place().label());
        assertEquals("Iran", visit.host().label());
        assertEquals(PartialDate.parse("2025-05-26"), visit.date());
    }

    @Test
    void aReporterIsNotAParticipant() {
        Extraction e = extract("2024-02-11",
                "Kremlin aide Yury Ushakov briefed reporters on the telephone conversation between Vladimir Putin and Xi Jinping.");
        assertEquals(List.of("Vladimir Putin", "Xi Jinping"), labels(e.contacts().get(0)));
    }

    @Test
    void quotesGoToTheirSpeakerThroughTheReportingChain() {
        Extraction e = extract("2024-02-11",
                "\u201cChina is ready to deepen cooperation with Russia in every field,\u201d state broadcaster CCTV quoted Xi Jinping as saying.",
                "\u201cThe talks were warm and friendly and very useful,\u201d Kremlin aide Yury Ushakov said.",
                "\u201cWe agreed to meet again soon and to keep in touch,\u201d he added.");
        Statement xi = e.statements().stream().filter(s -> s.quote().contains("deepen cooperation")).findFirst().orElseThrow();
        assertEquals("Xi Jinping", xi.speaker().label());
        assertTrue(xi.direct());
        assertEquals("state broadcaster CCTV", xi.reportedBy());
        Statement added = e.statements().stream().filter(s -> s.quote().contains("meet again")).findFirst().orElseThrow();
        assertEquals("Yury Ushakov", added.speaker().label(), "'he' is the last speaker");
    }

    @Test
    void reportedSpeechHasASpeakerAndAnAddressee() {
        Extraction e = extract("2021-12-30",
                "President Joe Biden spoke today with President Vladimir Putin of Russia.",
                "President Biden urged Russia to de-escalate tensions with Ukraine.");
        Statement s = e.statements().stream().filter(x -> x.quote().contains("de-escalate")).findFirst().orElseThrow();
        assertEquals("Joe Biden", s.speaker().label());
        assertTrue(s.quote().startsWith("urged Russia"), s.quote());
        assertTrue(s.contactIndex() >= 0, "said during the call");
    }

    @Test
    void aMeetingOutsideAParticipantsTermIsFlagged() {
        Extraction e = extract("2019-06-01", "Russian President Vladimir Putin met Chinese Defence Minister Li Shangfu in Moscow.");
        Contact c = e.contacts().get(0);
        assertTrue(c.flags().stream().anyMatch(f -> f.contains("li-shangfu")), c.flags().toString());
        assertTrue(c.confidence() < 0.8);
    }
}
