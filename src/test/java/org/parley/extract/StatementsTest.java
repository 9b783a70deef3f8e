package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ContactType;
import org.parley.model.Extraction;
import org.parley.model.Mention;
import org.parley.model.Statement;

/** Statements, one kind of text each, on short texts of the project's own. */
class StatementsTest {
    private static Extraction extract(String published, String... paragraphs) {
        return ExtractorTest.extract(published, paragraphs);
    }

    private static Statement saying(Extraction e, String words) {
        return e.statements().stream().filter(s -> s.quote().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with '" + words + "' in " + show(e)));
    }

    private static Statement saying(Extraction e, String words, String speaker) {
        return e.statements().stream().filter(s -> s.quote().contains(words) && s.speaker().label().equals(speaker)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement of " + speaker + " with '" + words + "' in " + show(e)));
    }

    private static String show(Extraction e) {
        return e.statements().stream().map(s -> s.kind() + " " + s.speaker().label() + ": " + s.quote()).toList().toString();
    }

    private static String label(Actor actor) {
        return actor == null ? null : actor.label();
    }

    @Test
    void aQuotationInterruptedByItsAttributionIsOneStatementWithTheGapMarked() {
        Extraction e = extract("2024-05-02", "Russian Foreign Minister Sergey Lavrov met his Turkish counterpart Hakan Fidan in Antalya.",
                "“We are ready to talk,” Lavrov told reporters on Thursday, “but not on those terms.”");
        Statement s = saying(e, "ready to talk");
        assertEquals(Statement.Kind.DIRECT, s.kind());
        assertEquals("Sergey Lavrov", s.speaker().label());
        assertEquals("We are ready to talk" + Statement.GAP + "but not on those terms", s.quote());
        assertEquals(List.of("We are ready to talk", "but not on those terms"), s.evidence().stream().map(Mention::exact).toList());
        String source = e.article().sourceText();
        for (Mention piece : s.evidence()) {
            assertEquals(piece.exact(), source.substring(piece.span().start(), piece.span().end()), "offsets into the input");
        }
    }

    @Test
    void quotationsOverParagraphsOpeningAParagraphOrClosingTheArticle() {
        Extraction e = extract("2024-05-02",
                "Chinese Foreign Minister Wang Yi met Antony Blinken in Beijing on Friday.",
                "“The relationship is stabilising, but it has not yet recovered.",
                "“Both sides must keep their promises,” Wang said.",
                "Blinken said the talks had been constructive.",
                "“We did not hide our differences.",
                "Wang closed with a warning of his own:",
                "“Nobody should cross the red lines on Taiwan");
        assertEquals("The relationship is stabilising, but it has not yet recovered. Both sides must keep their promises",
                saying(e, "stabilising").quote(), "one statement over two paragraphs: " + show(e));
        assertEquals("Wang Yi", saying(e, "stabilising").speaker().label());
        assertEquals("Antony Blinken", saying(e, "hide our differences").speaker().label(), "continues the paragraph before");
        assertEquals(Statement.Kind.DIRECT, saying(e, "hide our differences").kind());
        assertEquals("Wang Yi", saying(e, "red lines on Taiwan").speaker().label(), "the article's last words, left open");
    }

    @Test
    void reportedSpeechIsItsContentClauseUnlessTheVerbIsPartOfTheMeaning() {
        Extraction e = extract("2021-12-08", "Russian President Vladimir Putin and US President Joe Biden held a video call on Tuesday.",
                "Putin told Biden during the call that NATO's expansion threatened Russia's security.",
                "Biden said the United States would respond with strong economic measures.",
                "Putin denied that Russia planned to invade Ukraine, and agreed that their aides should stay in touch.");
        Statement told = saying(e, "NATO's expansion");
        assertEquals(Statement.Kind.REPORTED, told.kind());
        assertEquals("NATO's expansion threatened Russia's security", told.quote());
        assertEquals("Joe Biden", label(told.addressee()));
        assertEquals(ContactType.VIDEO_CALL, e.contacts().get(told.contactIndex()).type(), "said during the call");
        assertEquals("the United States would respond with strong economic measures", saying(e, "strong economic").quote());
        assertEquals("denied that Russia planned to invade Ukraine", saying(e, "invade").quote(), "the denial is what was said");
        assertEquals("agreed that their aides should stay in touch", saying(e, "aides").quote());
    }

    @Test
    void anAttributionClosingTheSentenceCreditsItsChannelUnderTheGazetteersName() {
        Extraction e = extract("2024-02-09", "Chinese President Xi Jinping spoke with Russian President Vladimir Putin by telephone on Thursday.",
                "Xi said both sides should oppose interference by external forces, state broadcaster CCTV reported.",
                "“China is ready to deepen cooperation with Russia,” China Central Television quoted him as saying.",
                "Putin called the partnership a model for the world, according to the Daily Meridian newspaper.");
        Statement reported = saying(e, "oppose interference");
        assertEquals("both sides should oppose interference by external forces", reported.quote());
        Statement quoted = saying(e, "deepen cooperation");
        assertEquals("Xi Jinping", quoted.speaker().label());
        assertEquals("org/cctv", reported.channel().key());
        assertEquals(reported.channel(), quoted.channel(), "one channel however it is named");
        assertEquals("Daily Meridian newspaper", label(saying(e, "model for the world").channel()), "an outlet named as the text names it");
        assertEquals("org/daily-meridian-newspaper", saying(e, "model for the world").channel().key());
    }

    @Test
    void quotedAsSayingAccordingToAndTheStatementRead() {
        Extraction e = extract("2024-07-04", "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Astana on Wednesday.",
                "TASS quoted Kremlin spokesman Dmitry Peskov as saying that the talks had lasted two hours.",
                "He was also quoted by RIA Novosti as saying that a visit to Turkey was possible next year.",
                "According to Peskov, Putin told Erdogan that Russia valued Turkey's mediation.",
                "In a statement, the Kremlin said the leaders had discussed trade and energy.",
                "“The presidents agreed to instruct their governments to prepare new projects,” the statement read.");
        Statement lasted = saying(e, "two hours");
        assertEquals("Dmitry Peskov", lasted.speaker().label());
        assertEquals("org/tass", lasted.channel().key());
        assertEquals("org/ria-novosti", saying(e, "visit to Turkey").channel().key());
        assertEquals("Dmitry Peskov", saying(e, "visit to Turkey").speaker().label(), "'he' is the one quoted before");
        Statement mediation = saying(e, "mediation");
        assertEquals("Vladimir Putin", mediation.speaker().label());
        assertEquals("Dmitry Peskov", label(mediation.deliveredBy()), "according to his spokesman");
        assertEquals("Recep Tayyip Erdoğan", label(mediation.addressee()));
        assertEquals("Kremlin", saying(e, "new projects").speaker().label(), "the statement's issuer");
    }

    @Test
    void wordsDeliveredOnASpeakersBehalfRecordBoth() {
        Extraction e = extract("2023-04-13", "British Prime Minister Rishi Sunak met US President Joe Biden in Belfast on Wednesday.",
                "A No 10 spokesperson said the prime minister had underlined the UK's commitment to the peace agreement.",
                "Kremlin spokesman Dmitry Peskov said Putin had told Biden in 2021 that Russia wanted predictability.");
        Statement underlined = saying(e, "commitment to the peace agreement", "Rishi Sunak");
        assertEquals("No 10 spokesperson", label(underlined.deliveredBy()));
        Statement spokesperson = e.statements().stream().filter(s -> s.speaker().label().equals("No 10 spokesperson")).findFirst().orElseThrow();
        assertEquals("GBR", spokesperson.speaker().country(), "No 10 is Downing Street's");
        Statement predictability = saying(e, "predictability", "Vladimir Putin");
        assertEquals("Russia wanted predictability", predictability.quote());
        assertEquals("Dmitry Peskov", label(predictability.deliveredBy()));
        assertEquals("Joe Biden", label(predictability.addressee()));
    }

    @Test
    void speakersByHonorificTitleAppositionAndInstitution() {
        Extraction e = extract("2024-03-05",
                "Saudi Crown Prince Mohammed bin Salman received Qatar's Emir Sheikh Tamim bin Hamad Al Thani in Riyadh on Monday.",
                "His Highness affirmed the Kingdom's support for Gulf unity.",
                "In Seoul, Unification Minister Kim Yong-ho told reporters that the government was watching closely.",
                "“Any arms deal would violate the resolutions,” the minister said.",
                "Cho Tae-yul, South Korea's foreign minister, who had just returned from Brussels, said that Seoul would consult its allies.",
                "The Japanese Foreign Ministry said it was monitoring the situation. The ministry added that Tokyo had protested.");
        assertEquals("Tamim bin Hamad Al Thani", saying(e, "Gulf unity").speaker().label(), "the latest with a royal title");
        assertEquals("Kim Yong-ho", saying(e, "violate the resolutions").speaker().label(), "the minister named before");
        assertEquals("Cho Tae-yul", saying(e, "consult its allies").speaker().label());
        assertEquals("Ministry of Foreign Affairs of Japan", saying(e, "monitoring the situation").speaker().label());
        assertEquals(saying(e, "monitoring the situation").speaker(), saying(e, "Tokyo had protested").speaker(), "'the ministry'");
    }

    @Test
    void transcriptTurnsBriefingAnswersAndNoQuestions() {
        Extraction e = extract("2024-03-12",
                "Ministry of Foreign Affairs of the People's Republic of China",
                "Foreign Ministry Spokesperson's Regular Press Conference on March 12, 2024",
                "Q: Will Foreign Minister Wang Yi visit Europe this month?",
                "A: I have nothing to announce at the moment. We will release information in due course.",
                "NORA BELL, PRESENTER: What did the minister say?",
                "President of Russia Vladimir Putin (retranslated): Good afternoon, friends. We have much to discuss today.",
                "Q (Evening Post): And the Chinese side?");
        Statement answer = saying(e, "nothing to announce");
        assertEquals("Chinese Foreign Ministry Spokesperson", answer.speaker().label(), "the host the title names by office");
        assertEquals(Statement.Kind.DIRECT, answer.kind());
        assertEquals("Vladimir Putin", saying(e, "much to discuss").speaker().label());
        Predicate<Statement> asks = s -> s.quote().contains("visit Europe") || s.quote().contains("What did the minister")
                || s.quote().contains("Chinese side");
        assertTrue(e.statements().stream().noneMatch(asks), "questions and the presenter's lines: " + show(e));
    }

    @Test
    void wordsToReportersAfterTheTalksWereNotSaidDuringThem() {
        Extraction e = extract("2024-04-17", "German Chancellor Olaf Scholz held talks with Chinese President Xi Jinping in Beijing on Tuesday.",
                "Scholz told reporters after the talks that he had raised the question of market access.",
                "At the talks, Xi said that China and Germany should be partners.");
        assertEquals(-1, saying(e, "market access").contactIndex(), "said after the talks, to reporters");
        assertNull(saying(e, "market access").addressee());
        assertEquals(ContactType.MEETING, e.contacts().get(saying(e, "should be partners").contactIndex()).type());
    }

    @Test
    void liveBlogEntriesUnderTheirTimeStamps() {
        Extraction e = extract("2024-01-09", "09.10 GMT\nUS Secretary of State Antony Blinken is in Ankara for talks with Turkish Foreign Minister Hakan Fidan.",
                "12.30 GMT\nBlinken spoke to reporters after the talks, saying the two countries shared the goal of preventing a wider war.",
                "14.05 GMT\n“We had a candid discussion,” Fidan said.");
        assertEquals("the two countries shared the goal of preventing a wider war", saying(e, "wider war").quote());
        assertEquals("Antony Blinken", saying(e, "wider war").speaker().label());
        assertEquals("Hakan Fidan", saying(e, "candid discussion").speaker().label());
    }

    /**
     * A transcript whose paragraph breaks were lost: a turn's label after a section mark and its heading ("… in 2030.***
     * Opening of the talks President of France Emmanuel Macron (retranslated): …"), in many forms.
     */
    @Test
    void aRunInTranscriptTurnAfterASectionMarkAndItsHeading() {
        List<String> marks = List.of("***", "* * *");
        List<String> headings = List.of("Beginning of Franco-German talks ", "Opening remarks ", "");
        List<String> asides = List.of("(retranslated)", " (retranslated)", "");
        for (String mark : marks) {
            for (String heading : headings) {
                for (String aside : asides) {
                    Extraction e = extract("2024-05-07", "Emmanuel Macron received Olaf Scholz in Paris on Tuesday. The two leaders signed "
                            + "a declaration on battery plants, to be built by 2030." + mark + " " + heading + "President of France Emmanuel Macron"
                            + aside + ": Dear Olaf, welcome to Paris. Our two countries carry a special responsibility for Europe. "
                            + "Federal Chancellor Olaf Scholz: Thank you, Emmanuel. Germany stands ready to do its part.");
                    String form = mark + " " + heading + aside;
                    assertEquals("Emmanuel Macron", saying(e, "special responsibility for Europe").speaker().label(), form);
                    assertEquals("Olaf Scholz", saying(e, "ready to do its part").speaker().label(), form);
                }
            }
        }
    }
}
