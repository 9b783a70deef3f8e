package org.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.MonthDay;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.DateEvidence;
import org.parley.model.PartialDate;
import org.parley.model.TextBlock;

/** The plain-text rules one at a time, on small texts. */
class TextRulesTest {

    private static Article clean(String text) {
        return ArticleCleaner.clean(new Page("t.txt", "txt", Page.Markup.TEXT, text, Page.Supplied.NONE));
    }

    @Test
    void aSingleSentenceIsKept() {
        Article a = clean("Vladimir Putin met Xi Jinping in Moscow on 21 March 2023.\n");
        assertEquals(1, a.keptBlocks().size());
        assertEquals("Vladimir Putin met Xi Jinping in Moscow on 21 March 2023.", a.keptBlocks().get(0).text());
    }

    @Test
    void aTextWithoutProseIsKeptAsItIs() {
        Article a = clean("Putin meets Xi in Moscow");
        assertEquals(1, a.keptBlocks().size());
    }

    @Test
    void datelineYearIsSettledOnlyByTheSameDayWrittenInKeptText() {
        Article settled = clean("Beijing, March 21 (Xinhua) Chinese President Xi Jinping held talks with Russian "
                + "President Vladimir Putin on Tuesday.\n\n"
                + "The talks on March 21, 2023 lasted three hours, officials said.\n");
        assertEquals(new PartialDate(2023, 3, 21), settled.published().date());
        assertEquals("Xinhua", settled.agency());
        assertEquals(MonthDay.of(3, 21), settled.dateline().monthDay());

        Article open = clean("Beijing, March 21 (Xinhua) Chinese President Xi Jinping held talks with Russian "
                + "President Vladimir Putin on Tuesday.\n\nAlso Read | Xi's visit to Moscow on March 21, 2023.\n\n"
                + "The talks lasted three hours, officials said.\n");
        assertNull(open.published(), "a date in a teaser does not settle the year");
        assertNull(open.dateline().year());
    }

    @Test
    void dateLineAtTheTopIsThePublicationDateAndAnUpdateOnlyWhenNothingElseIs() {
        Article a = clean("February 11, 2024\n\nXi tells Putin to pursue close coordination\n\n"
                + "Chinese President Xi Jinping held a phone call with Russian President Vladimir Putin "
                + "on Thursday.\n");
        assertEquals(new PartialDate(2024, 2, 11), a.published().date());
        assertEquals("stamp", a.published().method());

        String story = "Xi tells Putin to pursue close coordination\n\nChinese President Xi Jinping held a phone call "
                + "with Russian President Vladimir Putin on Thursday.\n";
        Article both = clean("Published: February 11, 2024 | Updated: February 14, 2024\n\n" + story);
        assertEquals(new PartialDate(2024, 2, 11), both.published().date(), "published wins over updated");
        Article updated = clean("Updated: February 12, 2024\n\n" + story);
        assertEquals(new PartialDate(2024, 2, 12), updated.published().date(), "an update's date when nothing else");
        assertTrue(updated.published().confidence() < both.published().confidence());
    }

    @Test
    void frontMatterDateWinsOverTheText() {
        Article a = clean("URL: https://example.org/2020/01/02/story\nDATE: 2021-12-07\nSOURCE: example.org\n---\n"
                + "Moscow, 17 April 2023 (TDI): Putin met Li Shangfu in the Kremlin on Sunday.\n");
        assertEquals(new PartialDate(2021, 12, 7), a.published().date());
        assertEquals(2023, a.dateline().year(), "the dateline is still read");
    }

    @Test
    void urlDateIsTheLastResort() {
        Article a = ArticleCleaner.clean(new Page("t.txt", "txt", Page.Markup.TEXT,
                "Putin met Li Shangfu in the Kremlin on Sunday, the Kremlin said.",
                Page.Supplied.url("https://news.example/2023/04/16/putin-li/")));
        DateEvidence d = a.published();
        assertEquals(new PartialDate(2023, 4, 16), d.date());
        assertEquals("url", d.method());
        assertNull(d.source());
        assertEquals("news.example", a.outlet());
    }

    @Test
    void teaserCuesAndRailHeadingsAreDroppedWithTheirReason() {
        Article a = clean("Putin met Li Shangfu in the Kremlin on Sunday, the Kremlin said in a statement.\n"
                + "Read more: Russia and China hold naval drills\n"
                + "The two men discussed military cooperation, according to the statement.\n"
                + "You May Like\n"
                + "Ten reasons to visit Lisbon this summer, according to travel experts.\n");
        Map<String, String> reasons = new java.util.HashMap<>();
        a.blocks().forEach(b -> reasons.put(b.text(), (b.kept() ? "KEEP " : "DROP ") + b.reason()));
        assertEquals("DROP teaser cue \"Read more:\"", reasons.get("Read more: Russia and China hold naval drills"));
        assertEquals("DROP heading \"You May Like\": the article is over", reasons.get("You May Like"));
        assertTrue(reasons.get("Ten reasons to visit Lisbon this summer, according to travel experts.")
                .startsWith("DROP after the \"You May Like\" heading"));
        assertEquals(2, a.keptBlocks().size());
    }

    @Test
    void siteNoticeBeforeTheArticleDoesNotStartIt() {
        Article a = clean("You are viewing an archived page. Some links may no longer work.\n"
                + "Immediate Release\n"
                + "Readout of the Secretary's Meeting with the Japanese Defense Minister\n"
                + "April 20, 2018\n"
                + "The Secretary met the Japanese Minister of Defense at the Pentagon today.\n"
                + "They discussed ways to further strengthen the alliance, officials said.\n");
        assertFalse(TestPages.keptText(a).contains("archived page"));
        assertEquals("Readout of the Secretary's Meeting with the Japanese Defense Minister", a.title());
        assertEquals(new PartialDate(2018, 4, 20), a.published().date());
        assertEquals(2, a.keptBlocks().size());
    }

    @Test
    void aLongParagraphThatOpensWithASentenceIsTheArticleEvenBeforeAColon() {
        Article a = clean("Prime Minister meets President\n\n"
                + "Office of the Press Secretary\n\n"
                + "The Prime Minister held talks this morning with the President of Ruritania, Anna Weiss. A "
                + "spokesperson for the government issued the following statement:\n\n"
                + "\"The two leaders discussed trade and energy and agreed to stay in close contact.\"\n");
        assertEquals(2, a.keptBlocks().size());
        assertTrue(a.keptBlocks().get(0).text().startsWith("The Prime Minister held talks this morning"));
        assertFalse(TestPages.keptText(a).contains("Office of the Press Secretary"));
    }

    @Test
    void aLeadInSentenceIsKeptButAnAttributionLabelIsNot() {
        Article lead = clean("Minister speaks with counterpart\n\n"
                + "The following statement was issued today by the spokesperson for Foreign Minister Anna Weiss:\n\n"
                + "The Foreign Minister spoke by telephone today with her counterpart from Freedonia.\n\n"
                + "They discussed the situation in the region.\n");
        assertEquals(3, lead.keptBlocks().size());
        assertTrue(lead.keptBlocks().get(0).text().startsWith("The following statement was issued today"));

        Article label = clean("Minister speaks with counterpart\n\n"
                + "The below is attributable to Spokesperson Jan Novak:\n\n"
                + "The Foreign Minister spoke by telephone today with her counterpart from Freedonia.\n\n"
                + "They discussed the situation in the region.\n");
        assertEquals(2, label.keptBlocks().size());
        assertFalse(TestPages.keptText(label).contains("attributable"));
    }

    @Test
    void aTimeStampWithAnOffsetFromUtcIsADateLine() {
        for (String stamp : List.of("March 5, 2024 11:42 AM GMT+3", "October 25, 2024 3:20 PM GMT+5:30",
                "7 May 2023, 18:32:05 UTC-04:00")) {
            List<DateParser.Mention> dates = DateParser.find(stamp);
            assertEquals(1, dates.size(), stamp);
            assertEquals(stamp.length(), dates.get(0).end(), "the time and zone belong to the date: " + stamp);
            assertEquals(PageDateClues.StampLine.PUBLICATION, PageDateClues.stampLine(stamp));
        }

        Article a = clean("Leaders discuss trade in phone call\n\nBy our newsroom\nMarch 5, 2024 11:42 AM GMT+3\n\n"
                + "Ruritania's president spoke by telephone with his Freedonian counterpart on Monday, his "
                + "office said.\n\nThey discussed trade and energy.\n");
        assertEquals(new PartialDate(2024, 3, 5), a.published().date());
        assertEquals("stamp", a.published().method());
    }

    @Test
    void aDateUnderTheBylineIsTheArticlesEvenBesideTheWeather() {
        String body = "Ruritania's president spoke by telephone with his Freedonian counterpart on Monday, his "
                + "office said.\n\nThey discussed trade and energy.\n";
        Article byline = clean("Leaders discuss trade in phone call\n21 C\nBy Anna Weiss\nMarch 5, 2024\n\n" + body);
        assertEquals(new PartialDate(2024, 3, 5), byline.published().date());

        Article widget = clean("21 C\nDelhi\nTuesday, March 5, 2024\nLeaders discuss trade in phone call\n\n" + body);
        assertNull(widget.published(), "the site's date beside its weather");
    }

    @Test
    void aYearlessDatelineTakesItsYearFromTheDateLineAndKeepsItsOwnDay() {
        Article nextMorning = clean("Ministers hold talks\n\nSep 09, 2024 06:10 IST\n\n"
                + "RIYADH, Sep 8 (IANS) The two foreign ministers held talks on Sunday, officials said.\n\n"
                + "They reviewed trade and energy ties.\n");
        assertEquals(new PartialDate(2024, 9, 9), nextMorning.published().date(), "published the next morning");
        assertEquals(MonthDay.of(9, 8), nextMorning.dateline().monthDay(), "the dateline keeps its own day");
        assertNull(nextMorning.dateline().year(), "the dateline itself still writes no year");
        assertTrue(nextMorning.dateCandidates().stream().anyMatch(c -> new PartialDate(2024, 9, 8).equals(c.date())
                && c.method().equals("dateline, year from the stamp date")), "the dateline's year comes from the stamp");

        Article newYear = clean("Ministers hold talks\n\nJanuary 1, 2025 01:30 GMT\n\n"
                + "BEIJING, Dec 31 (Reuters) - The two foreign ministers held talks on Tuesday, officials said.\n\n"
                + "They reviewed trade and energy ties.\n");
        assertEquals(new PartialDate(2025, 1, 1), newYear.published().date());
        assertTrue(newYear.dateCandidates().stream().anyMatch(c -> new PartialDate(2024, 12, 31).equals(c.date())),
                "the year before for a dispatch filed on New Year's Eve");
    }

    @Test
    void anUpdateLineSettlesTheYearOfANearDatelineOnly() {
        Article near = clean("Leaders meet at the summit\n\nUpdated: Nov 19, 2024 08:15 IST\n\n"
                + "Rio de Janeiro, Nov 19 (PTI) The two leaders held talks on the sidelines of the summit here on "
                + "Monday.\n\nThey agreed to meet again next year.\n");
        assertEquals(new PartialDate(2024, 11, 19), near.published().date());
        assertEquals("Rio de Janeiro", near.dateline().place());
        assertEquals("PTI", near.agency());

        Article far = clean("Leaders meet at the summit\n\nUpdated: June 2, 2024\n\n"
                + "Rio de Janeiro, Nov 19 (PTI) The two leaders held talks on the sidelines of the summit here on "
                + "Monday.\n\nThey agreed to meet again next year.\n");
        assertNull(far.published(), "an update months away from the dateline does not date it");
    }

    @Test
    void aDatelineOnALineOfItsOwnDatesTheArticle() {
        Article a = clean("Ministry hopes talks will bring progress\n\nBeijing, March 18, 2025\n\n"
                + "The foreign ministry said on Tuesday that it hoped the talks would bring progress.\n\n"
                + "The minister will travel to Tokyo on Saturday, a spokesperson said.\n");
        assertEquals(new PartialDate(2025, 3, 18), a.published().date());
        assertEquals("March 18, 2025", SeedPagesTest.evidenceInSource(a));
        assertEquals("Beijing", a.dateline().place());
        assertEquals(MonthDay.of(3, 18), a.dateline().monthDay());
        assertEquals(2, a.keptBlocks().size());
        assertNull(Datelines.alone("Beijing, March 18, 2025, the ministry said"));
    }

    @Test
    void datelinesWithARegionOrADashAreRead() {
        Datelines.Found ap = Datelines.at("TEHRAN, Iran (AP) — The president arrived on Tuesday.");
        assertEquals("TEHRAN", ap.place());
        assertEquals("AP", ap.credit());
        assertEquals("TEHRAN, Iran (AP)", "TEHRAN, Iran (AP) — The president".substring(0, ap.end()));
        Datelines.Found dash = Datelines.at("CAIRO — The president received his counterpart on Saturday.");
        assertEquals("CAIRO", dash.place());
        assertEquals(5, dash.end());
        assertEquals("Dar es Salaam", Datelines.at("Dar es Salaam, May 3 (AFP) The talks began.").place());
        assertNull(Datelines.at("UPDATE — The talks were postponed."));
        assertNull(Datelines.at("The president — who arrived on Tuesday — met his counterpart."));
    }

    @Test
    void aWireTagIsNotPartOfTheHeadline() {
        Article a = clean("(LEAD) Leaders hold summit in Seoul, agree to meet more often\n\n2023-05-07 18:32\n\n"
                + "SEOUL, May 7 (Yonhap) -- The two leaders held summit talks in Seoul on Sunday.\n\n"
                + "They agreed to meet more often.\n");
        assertEquals("Leaders hold summit in Seoul, agree to meet more often", a.title());
        assertEquals(new PartialDate(2023, 5, 7), a.published().date());
    }

    @Test
    void everyBlockHasAReason() {
        for (String seed : TestPages.SEEDS) {
            for (TextBlock b : TestPages.article("seeds/" + seed).blocks()) {
                assertFalse(b.reason() == null || b.reason().isBlank(), b.text());
            }
        }
    }

    /** Transcript turns whose first line ends in a comma (a salutation): the label stays, whatever its form. */
    @Test
    void aTurnWhoseFirstLineEndsInACommaKeepsItsLabel() {
        List<String> labels = List.of("Prime Minister of Norway Ingrid Dahl", "President of Chile Tomas Vidal (via interpreter)",
                "FOREIGN MINISTER ORTEGA", "Chancellor Weber", "Mr Haddad");
        List<String> salutations = List.of("Madam Chancellor, dear friend,", "Excellencies, colleagues,", "Mr Minister,");
        for (String label : labels) {
            for (String salutation : salutations) {
                String turn = label + ": " + salutation;
                Article a = clean("Ingrid Dahl received Tomas Vidal in Oslo on Monday for talks on fisheries.\n\n"
                        + "Opening remarks\n\n" + turn + "\n\n"
                        + "It is a pleasure to welcome you. Our trade has grown every year since the agreement was signed.\n\n"
                        + "Topics: Foreign policy\n");
                List<String> kept = a.keptBlocks().stream().map(TextBlock::text).toList();
                assertTrue(kept.contains(turn), turn + " kept: " + kept);
                assertFalse(kept.contains("Opening remarks"), "a heading without a label is no turn");
                assertFalse(kept.contains("Topics: Foreign policy"), "a label of the page, no salutation");
            }
        }
    }
}
