package org.parley.clean;

import org.parley.model.Span;
import org.parley.model.TextBlock;

/** Where words of a block's text lie in the article's original input, for evidence spans. */
public final class BlockOffsets {
    private BlockOffsets() {
    }

    /**
     * Where the characters [from, to) of the block's text lie in the source text. Exact for plain text, whose
     * blocks are their normalised source with line breaks read as spaces. For HTML, where tags and entities stand between
     * text and source, the words are looked for verbatim in the block's stretch of markup; when they are not
     * found there, the block's whole span is returned.
     */
    public static Span toSource(String sourceText, TextBlock block, int from, int to) {
        return toSource(sourceText, block.text(), block.source(), from, to);
    }

    static Span toSource(String sourceText, String blockText, Span blockSpan, int from, int to) {
        String raw = sourceText.substring(blockSpan.start(), blockSpan.end());
        // The block's text was normalised (TextNormaliser); its source is compared normalised the same way, and the
        // offsets are carried back through the normalisation's map to the original characters.
        TextNormaliser.Normalised normalised = TextNormaliser.normalise(raw);
        String flat = normalised.text().replace('\r', ' ').replace('\n', ' ');
        int at = flat.equals(blockText) ? from : flat.indexOf(blockText.substring(from, to));
        if (at < 0) {
            return blockSpan;
        }
        Span within = normalised.toOriginal(at, at + to - from);
        return new Span(blockSpan.start() + within.start(), blockSpan.start() + within.end());
    }
}
