package org.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Article;
import org.parley.model.DateCandidate;
import org.parley.model.DateEvidence;
import org.parley.model.PartialDate;

/**
 * One article's header rendered in many date forms, locales, labels and widget placements, as text and as HTML with
 * metadata that agrees or disagrees: the publication date chosen, and the words it was read from.
 */
class PublicationDateGeneratorTest {
    private static final String HEADLINE = "Ruritania and Freedonia sign a grain accord";
    private static final String BODY = "The trade ministers of Ruritania and Freedonia signed an accord on grain tariffs "
            + "on Thursday, officials of both governments said.\n\nThe accord lowers duties on wheat and barley over "
            + "three years, and sets up a joint commission to settle disputes.\n";
    private static final PartialDate DAY = new PartialDate(2024, 3, 14);
    private static final PartialDate FIFTH = new PartialDate(2024, 3, 5);

    /**
     * One rendering of the header.
     *
     * @param page     the page as a reader would hand it over
     * @param expected the publication date wanted, or null for unknown
     * @param evidence words the chosen evidence must hold (null to skip)
     * @param method   the start of the chosen evidence's method (null to skip)
     */
    record Variant(String name, Page page, PartialDate expected, String evidence, String method) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Variant text(String name, String header, PartialDate expected, String evidence) {
        String page = "WORLD\n\n" + HEADLINE + "\n\n" + header + "\n\n" + BODY;
        return new Variant(name, new Page("t.txt", "txt", Page.Markup.TEXT, page, Page.Supplied.NONE), expected,
                evidence, null);
    }

    private static Variant html(String name, String head, String header, PartialDate expected, String method) {
        String page = "<html lang=\"en\"><head><title>" + HEADLINE + " | The Courier</title>" + head + "</head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + HEADLINE + "</h1>"
                + header + "<p>" + BODY.replace("\n\n", "</p><p>") + "</p></article></body></html>";
        return new Variant(name, new Page("t.html", "html", Page.Markup.HTML, page, Page.Supplied.NONE), expected, null,
                method);
    }

    static Stream<Variant> variants() {
        List<Variant> v = new ArrayList<>();
        // Written forms of one day, in the head of a plain-text page.
        String[] forms = {"March 14, 2024", "14 March 2024", "Thursday, March 14, 2024", "Thu 14 Mar 2024 14.05 GMT",
            "Mar. 14, 2024, 9:48 p.m. EDT", "2024-03-14 11:02", "14.03.2024 | 17:45", "3/14/2024 6:58 PM",
            "14/03/2024 21:02 GMT", "14th March 2024", "March 14th, 2024", "Mar 14 '24", "March 14, 2024 — 13:58 BRT",
            "(Wire) 08:40, March 14, 2024", "2024/03/14", "Thursday 14 March 2024 at 10:15", "14-03-2024",
            "MARCH 14, 2024"};
        for (String form : forms) {
            v.add(text("form: " + form, form, DAY, null));
        }
        // Other languages' month names, as java.time's locales write them.
        for (String form : new String[] {"14 mars 2024", "14. März 2024", "14 marzo 2024", "14 maart 2024"}) {
            v.add(text("locale: " + form, form, DAY, null));
        }
        // Dates inside mixed lines, with labels.
        v.add(text("labelled published", "Published on: Mar 14, 2024, 08:47 PM IST", DAY, "Mar 14, 2024"));
        v.add(text("posted and updated", "Posted: 2024-03-14 08:30 | Updated: 2024-03-15 13:10", DAY, "2024-03-14"));
        v.add(text("first published and last modified", "First published on Thu 14 Mar 2024 16.30 GMT\n"
                + "Last modified on Sat 16 Mar 2024 09.00 GMT", DAY, "Thu 14 Mar 2024"));
        v.add(text("byline with a stamp", "By Anna Weiss · 14 March 2024, 22:10 CET", DAY, "14 March 2024"));
        v.add(text("place, date, time", "BERLIN | 14 March 2024 | 19:40 CET", DAY, "14 March 2024"));
        v.add(text("filed", "Filed 2024-03-14 16:22 UTC", DAY, "2024-03-14"));
        v.add(text("air date", "AIR DATE: Thursday, March 14, 2024", DAY, "Thursday, March 14, 2024"));
        v.add(text("update only", "Updated 14:35 GMT, 14 March 2024", DAY, "14 March 2024"));
        // Numeric dates whose order only the page settles.
        v.add(text("day first by zone", "5/3/2024 10:00 GMT", FIFTH, "5/3/2024"));
        v.add(text("month first by zone", "3/5/2024 10:00 EST", FIFTH, "3/5/2024"));
        v.add(text("order unsettled", "3/5/2024", null, null));
        v.add(text("order settled by the weekday", "Tuesday 5/3/2024", FIFTH, "5/3/2024"));
        v.add(text("order settled by the dateline", "3/5/2024\n\nWASHINGTON, March 5 (Capitol Wire) - A line.",
                FIFTH, "3/5/2024"));
        // Widgets before and after the article's date, and alone.
        v.add(text("widget before", "Saturday, 6 April 2024 | Berlin 12°C | DAX ▲0.4%\n\nMarch 14, 2024", DAY,
                "March 14, 2024"));
        v.add(text("widget after", "March 14, 2024\n\nSat 6 Apr 2024 · 18°C Sunny", DAY, "March 14, 2024"));
        v.add(text("widget alone", "Saturday, 6 April 2024 | Berlin 12°C | USD/EUR 0.92", null, null));
        v.add(text("relative stamp alone", "2 hours ago", null, null));
        v.add(text("weekday contradicts", "Friday, March 14, 2024", null, null));
        v.add(text("copyright only", "© 2024 The Courier. All rights reserved.", null, null));
        // Datelines, with and without a year.
        v.add(text("dateline with a year", "BERLIN, March 14, 2024 (Continental Wire) - The ministers met.", DAY,
                "BERLIN, March 14, 2024"));
        v.add(text("yearless dateline and the story's copyright", "BERLIN, March 14 (Continental Wire) - The "
                + "ministers met.\n\nCopyright 2024 Continental Wire. All rights reserved.", DAY, "BERLIN, March 14"));
        v.add(text("yearless dateline alone", "BERLIN, March 14 (Continental Wire) - The ministers met.", null, null));
        v.add(text("URL line", "https://news.example/world/2024/03/14/grain-accord", DAY, "/2024/03/14"));
        // HTML metadata agreeing and disagreeing with the visible date.
        v.add(html("meta agrees", "<meta property=\"article:published_time\" content=\"2024-03-14T10:00:00+01:00\">",
                "<p class=\"date\">March 14, 2024</p>", DAY, "meta"));
        v.add(html("meta alone", "<meta property=\"article:published_time\" content=\"2024-03-14T10:00:00+01:00\">",
                "", DAY, "meta"));
        v.add(html("JSON-LD over a visible update", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2024-03-14T09:00:00Z\",\"dateModified\":\"2024-03-16T09:00:00Z\"}</script>",
                "<p class=\"date\">Updated: March 16, 2024</p>", DAY, "json-ld"));
        v.add(html("time element in the header", "", "<p class=\"meta\"><time datetime=\"2024-03-14T19:40:00+03:00\">"
                + "March 14, 2024, 19:40</time> Moscow</p>", DAY, "time-element"));
        v.add(html("meta outweighs a URL date", "<meta property=\"article:published_time\" content=\"2024-03-14T10:00Z\">"
                + "<link rel=\"canonical\" href=\"https://news.example/2024/02/02/grain-accord\">", "", DAY, "meta"));
        v.add(html("meta disagrees with a labelled date", "<meta property=\"article:published_time\" "
                + "content=\"2024-03-14T10:00Z\">", "<p class=\"date\">Published: March 20, 2024</p>", null, null));
        v.add(html("visible numeric date that only one order reads", "", "<p class=\"date\">14/3/2024</p>", DAY, "stamp"));
        v.add(html("a language without a region leaves the order unknown", "", "<p class=\"date\">5/3/2024 5:04am</p>", null, null));
        // Dates the container supplies.
        v.add(new Variant("front matter", new Page("t.txt", "txt", Page.Markup.TEXT, "TITLE: " + HEADLINE
                + "\nDATE: 2024-03-14\n---\n" + BODY, Page.Supplied.NONE), DAY, "2024-03-14", "front-matter"));
        v.add(new Variant("WARC crawl date as the last resort", new Page("t.warc#1", "warc", Page.Markup.TEXT,
                HEADLINE + "\n\n" + BODY, new Page.Supplied(null, null, null, null, null,
                Map.of("warc-date", "2024-03-20T08:00:00Z"))), new PartialDate(2024, 3, 20), null, "warc crawl date"));
        v.add(new Variant("JSONL field over the crawl date", new Page("f.jsonl#1", "jsonl", Page.Markup.TEXT,
                HEADLINE + "\n\n" + BODY, new Page.Supplied(null, null, new DateEvidence(DAY, "jsonl", "2024-03-14",
                null), null, null, Map.of("warc-date", "2024-03-20T08:00:00Z"))), DAY, null, "jsonl"));
        return v.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void theHeaderGivesItsDateWithItsEvidence(Variant variant) {
        Article a = ArticleCleaner.clean(variant.page());
        assertEquals(variant.expected(), a.published() == null ? null : a.published().date(), describe(a));
        assertTrue(a.dateCandidates().stream().allMatch(c -> c.verdict() != null && !c.verdict().isBlank()));
        if (variant.expected() == null) {
            return;
        }
        DateEvidence chosen = a.published();
        if (variant.evidence() != null) {
            assertTrue(chosen.evidence().contains(variant.evidence()), describe(a));
            assertNotNull(chosen.source(), "the evidence points into the input");
            String words = variant.page().sourceText().substring(chosen.source().start(), chosen.source().end());
            assertTrue(words.contains(variant.evidence()), "the span holds the words: " + words);
        }
        if (variant.method() != null) {
            assertTrue(chosen.method().startsWith(variant.method()), describe(a));
        }
        assertTrue(chosen.confidence() > 0 && chosen.confidence() < 1);
        assertEquals(1, a.dateCandidates().stream().filter(c -> c.verdict().startsWith("chosen")).count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void anUnknownDateLeavesNoCandidateChosen(Variant variant) {
        Article a = ArticleCleaner.clean(variant.page());
        if (a.published() == null) {
            assertNull(variant.expected());
            assertTrue(a.dateCandidates().stream().noneMatch(c -> c.verdict().startsWith("chosen")), describe(a));
        }
    }

    private static String describe(Article a) {
        StringBuilder sb = new StringBuilder("published " + a.published());
        for (DateCandidate c : a.dateCandidates()) {
            sb.append("\n  ").append(c);
        }
        return sb.toString();
    }
}
