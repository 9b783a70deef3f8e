package org.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.TextBlock;

/** Dev-corpus files open with a front-matter block: metadata, not body. */
class FrontMatterPagesTest {

    @Test
    void frontMatterGivesUrlOutletDateAndIsNotBody() {
        Article a = TestPages.article("dev/001.txt");
        assertEquals("https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/12/07/"
                + "readout-of-president-bidens-video-call-with-president-vladimir-putin-of-russia/", a.url());
        assertEquals("whitehouse.gov", a.outlet());
        assertEquals("2021-12-07", a.published().date().toString());
        assertEquals("front-matter", a.published().method());
        assertEquals("2021-12-07", SeedPagesTest.evidenceInSource(a));
        assertEquals("public domain (US federal government work)", a.metadata().get("LICENSE"));
        TextBlock first = a.blocks().get(0);
        assertFalse(first.kept());
        assertEquals("front matter", first.reason());
        assertTrue(first.text().startsWith("URL: ") && first.text().endsWith("---"));
        assertEquals("Readout of President Biden’s Video Call with President Vladimir Putin of Russia", a.title());
    }

    @Test
    void hardWrappedParagraphIsOneBlockAndTheEndMarkIsDropped() {
        Article a = TestPages.article("dev/001.txt");
        assertEquals(1, a.keptBlocks().size());
        TextBlock body = a.keptBlocks().get(0);
        assertTrue(body.text().startsWith("President Joseph R. Biden, Jr. held a secure video call today"));
        assertTrue(body.text().endsWith("regional issues such as Iran."));
        TextBlock end = a.blocks().get(a.blocks().size() - 1);
        assertEquals("\\###", end.text());
        assertFalse(end.kept());
    }

    @Test
    void repostKeepsTheReadoutAndDropsTheSiteAroundIt() {
        Article a = TestPages.article("dev/022.txt");
        String kept = TestPages.keptText(a);
        assertTrue(kept.startsWith("President Obama spoke today with Russian President Putin about the situation"));
        assertTrue(kept.endsWith("obligations under the INF Treaty."));
        for (String furniture : new String[] {"Comment Off", "About the author", "Newsletter", "THE WHITE HOUSE",
            "Office of the Press Secretary"}) {
            assertFalse(kept.contains(furniture), furniture);
        }
        assertEquals("whitehouse.gov", a.outlet(), "the note after the outlet's name is not part of it");
        assertEquals("2014-08-01", a.published().date().toString());
    }
}
