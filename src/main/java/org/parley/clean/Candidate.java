package org.parley.clean;

import org.parley.model.Span;

/**
 * A block of a page before the classifier's decision, with what the page's structure already says about it.
 *
 * @param text           the block's text
 * @param source         where it lies in the original input
 * @param structuralDrop why the page's structure rules it out ("outside the article (<nav>)"), or null
 * @param headingLevel   1 to 6 for an HTML heading, else 0
 * @param linkDensity    the share of its characters inside links (0 for plain text)
 */
record Candidate(String text, Span source, String structuralDrop, int headingLevel, double linkDensity) {

    static Candidate of(String text, Span source) {
        return new Candidate(text, source, null, 0, 0);
    }

    /** The block with its text as the later stages read it ({@link TextNormaliser}); its span is unchanged. */
    Candidate normalised() {
        return new Candidate(TextNormaliser.normalise(text).text(), source, structuralDrop, headingLevel, linkDensity);
    }

    static Candidate dropped(String text, Span source, String reason) {
        return new Candidate(text, source, reason, 0, 0);
    }
}
