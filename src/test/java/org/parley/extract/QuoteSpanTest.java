package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSpanTest {
    @Test
    void curlyAndStraightQuotesAreFound() {
        String text = "“We are working actively with partners,” he said. Li said \"they rest on the principles of nonalignment.\"";
        List<QuoteSpan> spans = QuoteSpan.find(text);
        assertEquals(2, spans.size());
        assertEquals("We are working actively with partners,", text.substring(spans.get(0).start(), spans.get(0).end()));
        assertEquals("they rest on the principles of nonalignment.", text.substring(spans.get(1).start(), spans.get(1).end()));
    }

    @Test
    void scareQuotesAreNotQuotations() {
        assertTrue(QuoteSpan.find("the so-called “invasion” chorus").isEmpty());
    }

    @Test
    void aQuoteRunsOnOverParagraphsThatOpenWithAQuoteMark() {
        String text = "“The first paragraph of a long quotation goes here\n\n“and the second one ends it here,” she said.";
        List<QuoteSpan> spans = QuoteSpan.find(text);
        assertEquals(2, spans.size());
        assertFalse(spans.get(0).continuesPrevious());
        assertTrue(spans.get(1).continuesPrevious());
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        String text = "He said “this never closes at all here\n\nNext paragraph “is a fresh quote of words.”";
        List<QuoteSpan> spans = QuoteSpan.find(text);
        assertEquals(2, spans.size());
        assertEquals("this never closes at all here", text.substring(spans.get(0).start(), spans.get(0).end()));
        assertFalse(spans.get(1).continuesPrevious());
        assertEquals("is a fresh quote of words.", text.substring(spans.get(1).start(), spans.get(1).end()));
    }
}
