package org.parley.clean;

import org.parley.model.Span;
import org.parley.model.TextBlock;

/** Where words of a block's text lie in the article's original input, for evidence spans. */
public final class BlockOffsets {
    private BlockOffsets() {
    }

    /**
     * Where the characters [from, to) of the block's text lie in the source text. Exact for plain text, whose
     * blocks are their source with line breaks read as spaces. For HTML, where tags and entities stand between
     * text and source, the words are looked for verbatim in the block's stretch of markup; when they are not
     * found there, the block's whole span is returned.
     */
    public static Span toSource(String sourceText, TextBlock block, int from, int to) {
        return toSource(sourceText, block.text(), block.source(), from, to);
    }

    static Span toSource(String sourceText, String blockText, Span blockSpan, int from, int to) {
        String raw = sourceText.substring(blockSpan.start(), blockSpan.end());
        if (raw.replace('\r', ' ').replace('\n', ' ').equals(blockText)) {
            return new Span(blockSpan.start() + from, blockSpan.start() + to);
        }
        int at = raw.indexOf(blockText.substring(from, to));
        return at < 0 ? blockSpan : new Span(blockSpan.start() + at, blockSpan.start() + at + to - from);
    }
}
