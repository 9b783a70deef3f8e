package org.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.MonthDay;
import java.util.Map;
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
    void dateLineAtTheTopIsThePublicationDateButAnUpdateIsNot() {
        Article a = clean("February 11, 2024\n\nXi tells Putin to pursue close coordination\n\n"
                + "Chinese President Xi Jinping held a phone call with Russian President Vladimir Putin "
                + "on Thursday.\n");
        assertEquals(new PartialDate(2024, 2, 11), a.published().date());
        assertEquals("date-line", a.published().method());

        Article updated = clean("Updated: February 12, 2024\n\nXi tells Putin to pursue close coordination\n\n"
                + "Chinese President Xi Jinping held a phone call with Russian President Vladimir Putin "
                + "on Thursday.\n");
        assertNull(updated.published());
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
    void everyBlockHasAReason() {
        for (String seed : TestPages.SEEDS) {
            for (TextBlock b : TestPages.article("seeds/" + seed).blocks()) {
                assertFalse(b.reason() == null || b.reason().isBlank(), b.text());
            }
        }
    }
}
