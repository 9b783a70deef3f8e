package org.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.MonthDay;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Span;
import org.parley.model.TextBlock;

/** HTML pages written after common news layouts: only the article's paragraphs are kept. */
class HtmlPagesTest {

    @Test
    void keptTextIsTheArticleParagraphsOnly() {
        for (String page : TestPages.HTML) {
            Article a = TestPages.article("html/" + page);
            assertEquals(TestPages.goldParagraphs("html", page), a.keptBlocks().stream().map(TextBlock::text).toList(),
                    page);
        }
    }

    @Test
    void keptBlocksPointAtTheirTextInThePageSource() {
        for (String page : TestPages.HTML) {
            Article a = TestPages.article("html/" + page);
            for (TextBlock b : a.keptBlocks()) {
                String markup = a.sourceText().substring(b.source().start(), b.source().end());
                assertEquals(b.text(), Jsoup.parse(markup).text(), page);
            }
        }
    }

    @Test
    void wordsOfAKeptBlockAreFoundInTheMarkup() {
        Article a = TestPages.article("html/semantic-layout.html");
        TextBlock first = a.keptBlocks().get(0);
        int from = first.text().indexOf("Li Shangfu");
        Span span = BlockOffsets.toSource(a.sourceText(), first, from, from + "Li Shangfu".length());
        assertEquals("Li Shangfu", a.sourceText().substring(span.start(), span.end()));
        assertTrue(first.source().contains(span));
    }

    @Test
    void semanticLayoutMetaTagsGiveDateTitleOutletAndUrl() {
        Article a = TestPages.article("html/semantic-layout.html");
        assertEquals("2023-04-16", a.published().date().toString());
        assertEquals("meta", a.published().method());
        assertEquals("2023-04-16T18:05:00+03:00", SeedPagesTest.evidenceInSource(a));
        assertEquals("Putin hosts Chinese defence minister in Moscow", a.title());
        assertEquals("The Daily Courier", a.outlet());
        assertEquals("https://www.dailycourier.example/world/2023/04/16/putin-hosts-chinese-defence-minister", a.url());
        assertEquals("html", a.format());
        assertReason(a, "We use cookies", "cookie-banner");
        assertReason(a, "Pope receives senior Russian Orthodox cleric", "<aside>");
        assertReason(a, "Great article", "comment");
        assertReason(a, "Share on Facebook", "share-bar");
        assertReason(a, "Putin hosts Chinese defence minister in Moscow", "title");
    }

    @Test
    void jsonLdGivesDateAndPublisherAndTheDatelineTheAgency() {
        Article a = TestPages.article("html/div-layout.html");
        assertEquals("2021-12-07", a.published().date().toString());
        assertEquals("json-ld", a.published().method());
        assertEquals("2021-12-07T21:14:00Z", SeedPagesTest.evidenceInSource(a));
        assertEquals("Global Ledger", a.outlet());
        assertEquals("Reuters", a.agency());
        assertEquals("WASHINGTON", a.dateline().place());
        assertNull(a.dateline().monthDay());
        assertEquals("Biden and Putin hold video call on Ukraine", a.title());
        assertReason(a, "ALSO READ: Kremlin says", "teaser cue \"ALSO READ:\"");
        assertReason(a, "Gas prices soar in Europe", "after the \"Related articles\" heading");
        assertReason(a, "Markets fall as inflation fears", "sidebar");
    }

    @Test
    void timeElementGivesTheDateWhenTheHeadHasNone() {
        Article a = TestPages.article("html/time-element.html");
        assertEquals("2024-02-08", a.published().date().toString());
        assertEquals("time-element", a.published().method());
        assertEquals("2024-02-08", SeedPagesTest.evidenceInSource(a));
        assertEquals("AFP", a.agency());
        assertEquals("Eurasia Monitor", a.outlet(), "the site's name from the <title>");
        assertEquals("Beijing", a.dateline().place());
        assertEquals(MonthDay.of(2, 8), a.dateline().monthDay());
        assertReason(a, "Chinese embassy warns Swedish city", "teaser after \"Previous Story\"");
        assertFalse(TestPages.keptText(a).contains("Uyghur"));
    }

    private static void assertReason(Article a, String textStart, String reasonPart) {
        TextBlock b = a.blocks().stream().filter(x -> x.text().startsWith(textStart)).findFirst().orElseThrow();
        assertFalse(b.kept(), textStart);
        assertTrue(b.reason().contains(reasonPart), b.reason());
    }
}
