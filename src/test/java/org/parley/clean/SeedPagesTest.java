package org.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.DateEvidence;
import org.parley.model.Span;
import org.parley.model.TextBlock;

/** The five seed pages as they arrived: where each article ends, and what the page says about it. */
class SeedPagesTest {

    @Test
    void everyRealParagraphIsKept() {
        for (String seed : TestPages.SEEDS) {
            Article a = TestPages.article("seeds/" + seed);
            List<String> kept = a.keptBlocks().stream().map(b -> b.text().strip()).toList();
            for (String paragraph : TestPages.goldParagraphs("seeds", seed)) {
                assertTrue(kept.contains(paragraph), seed + " should keep: " + paragraph);
            }
        }
    }

    @Test
    void blocksPointIntoTheOriginalText() {
        for (String seed : TestPages.SEEDS) {
            Article a = TestPages.article("seeds/" + seed);
            int previousEnd = 0;
            for (TextBlock b : a.blocks()) {
                String source = a.sourceText().substring(b.source().start(), b.source().end());
                assertEquals(b.text(), TextNormaliser.normalise(source).text().replace('\n', ' ').replace('\r', ' '), seed);
                assertTrue(b.source().start() >= previousEnd, seed + ": blocks in reading order");
                previousEnd = b.source().end();
            }
        }
    }

    @Test
    void seed000EndsAtTheSignOffAndIsDatedByItsDateLine() {
        Article a = TestPages.seed("000");
        String kept = TestPages.keptText(a);
        assertTrue(kept.strip().endsWith("(ANI)"));
        for (String teaser : List.of("Trump", "Biden", "Swedish", "Balochistan", "Resume Talks", "Peacekeepers",
                "Warfare Playbook", "Uyghur", "Evergrande")) {
            assertFalse(kept.contains(teaser), "kept a teaser: " + teaser);
        }
        assertEquals("2024-02-11", a.published().date().toString());
        assertEquals("stamp", a.published().method());
        assertEquals("February 11, 2024", evidenceInSource(a));
        assertEquals("China, Russia should pursue close strategic coordination, Xi tells Putin", a.title());
        assertEquals("ANI", a.agency());
        assertEquals("Asian Lite News", a.outlet());
        assertEquals(1, a.blocks().stream().filter(b -> b.reason().equals("title")).count());
    }

    @Test
    void seed000SummaryRepeatedByTheBodyIsReadOnce() {
        Article a = TestPages.seed("000");
        long withCoordination = a.keptBlocks().stream()
                .filter(b -> b.text().contains("President Xi told Putin that the two countries should pursue")).count();
        assertEquals(1, withCoordination);
    }

    @Test
    void seed001SiteDateUnderTheWeatherIsNotThePublicationDate() {
        Article a = TestPages.seed("001");
        assertNull(a.published());
        TextBlock widget = a.blocks().stream().filter(b -> b.text().equals("Saturday, April 26, 2025")).findFirst()
                .orElseThrow();
        assertFalse(widget.kept());
        assertTrue(widget.reason().contains("weather"), widget.reason());
        String kept = TestPages.keptText(a);
        for (String other : List.of("Gaza", "Kashmir", "Srinagar", "Bandipora", "troops to Ukraine", "Delhi")) {
            assertFalse(kept.contains(other), "kept another story: " + other);
        }
        assertEquals("Putin meets Chinese defense minister", a.title());
        assertEquals(new Article.Dateline("Moscow", null, null, a.dateline().source()), a.dateline());
    }

    @Test
    void seed002DatelineGivesTheDate() {
        Article a = TestPages.seed("002");
        assertEquals("2023-04-17", a.published().date().toString());
        assertEquals("dateline", a.published().method());
        assertEquals("Moscow, 17 April 2023 (TDI)", evidenceInSource(a));
        assertEquals("Moscow", a.dateline().place());
        assertEquals(2023, a.dateline().year());
        assertEquals(MonthDay.of(4, 17), a.dateline().monthDay());
        TextBlock teaser = blockStartingWith(a, "Also read:");
        assertFalse(teaser.kept());
        assertEquals("teaser cue \"Also read:\"", teaser.reason());
        assertNull(a.agency(), "TDI is the outlet's code, not a wire agency");
    }

    /**
     * The dateline "Moscow, Apr 16 (AP)" has no year, and the kept text writes no date that would settle it
     * ("Nepali New Year 2023" is in a teaser): the date stays unknown, the dateline keeps month and day.
     */
    @Test
    void seed003DatelineWithoutYearLeavesTheDateOpen() {
        Article a = TestPages.seed("003");
        assertNull(a.published());
        assertEquals("Moscow", a.dateline().place());
        assertNull(a.dateline().year());
        assertEquals(MonthDay.of(4, 16), a.dateline().monthDay());
        assertEquals("Moscow, Apr 16 (AP)", a.sourceText().substring(a.dateline().source().start(),
                a.dateline().source().end()));
        for (TextBlock b : a.blocks()) {
            if (b.text().startsWith("Also Read |")) {
                assertFalse(b.kept());
                assertEquals("teaser cue \"Also Read |\"", b.reason());
            }
        }
        String kept = TestPages.keptText(a);
        assertFalse(kept.contains("Press Trust of India"));
        assertFalse(kept.contains("LatestLY"));
        assertFalse(kept.contains("Nepali"));
        assertEquals("AP", a.agency());
        assertEquals("LatestLY", a.outlet());
        assertEquals("Putin Meets with China's Defence Minister in Moscow", a.title());
    }

    @Test
    void seed004KeepsNothingFromTheAppendedStories() {
        Article a = TestPages.seed("004");
        assertNull(a.published());
        String kept = TestPages.keptText(a);
        for (String other : List.of("Try Our AI Features", "Daily8", "Comments", "Time of India", "Pope",
                "Kanitkar", "Maliyevka", "Taboola")) {
            assertFalse(kept.contains(other), "kept page furniture or another story: " + other);
        }
        assertTrue(kept.strip().endsWith("\"dear friend.\""));
        assertEquals("China says ready to 'expand practical cooperation' with Russian army", a.title());
        assertFalse(blockStartingWith(a, "China says ready").kept());
    }

    @Test
    void titleIsNeverKeptAsBody() {
        for (String seed : TestPages.SEEDS) {
            Article a = TestPages.article("seeds/" + seed);
            if (a.title() != null) {
                assertTrue(a.keptBlocks().stream().noneMatch(b -> b.text().contains(a.title())), seed);
            }
        }
    }

    private static TextBlock blockStartingWith(Article a, String prefix) {
        return a.blocks().stream().filter(b -> b.text().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** The published date's evidence as it stands in the source at its span, checked against the evidence. */
    static String evidenceInSource(Article a) {
        DateEvidence d = a.published();
        assertNotNull(d.source());
        Span s = d.source();
        String inSource = a.sourceText().substring(s.start(), s.end());
        assertEquals(d.evidence(), inSource);
        return inSource;
    }
}
