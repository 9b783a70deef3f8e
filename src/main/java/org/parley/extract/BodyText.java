package org.parley.extract;

import java.util.List;
import org.parley.clean.BlockOffsets;
import org.parley.model.Article;
import org.parley.model.Span;
import org.parley.model.TextBlock;

/**
 * The text the extractor reads: an article's kept blocks joined by blank lines, with the way back from
 * any offset in it to the original input, so that evidence points into what the user supplied.
 */
final class BodyText {
    private static final String SEPARATOR = "\n\n";

    private final String text;
    private final int[] blockStarts;
    private final List<TextBlock> blocks;
    private final String sourceText;

    BodyText(Article article) {
        this.blocks = article.keptBlocks();
        this.sourceText = article.sourceText();
        StringBuilder sb = new StringBuilder();
        blockStarts = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                sb.append(SEPARATOR);
            }
            blockStarts[i] = sb.length();
            sb.append(softened(blocks.get(i).text()));
        }
        this.text = sb.toString();
    }

    /**
     * A block with its soft line breaks and tabs as plain spaces, one character for one, so that offsets stay valid
     * and "spoke today\nwith" reads as the words it is (odd spaces were made plain when the block was normalised).
     */
    private static String softened(String block) {
        char[] chars = block.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean lineBreak = c == '\n' && (i + 1 >= chars.length || chars[i + 1] != '\n') && (i == 0 || chars[i - 1] != '\n');
            if (lineBreak || c == '\r' || c == '\t') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    String text() {
        return text;
    }

    /**
     * Maps the body's characters [start, end) to the original input: exactly for plain text, and for HTML
     * wherever the words stand verbatim in their block's markup (else to the block's whole markup).
     */
    Span toSource(int start, int end) {
        int first = blockIndex(start);
        int last = blockIndex(Math.max(start, end - 1));
        if (first < 0) {
            return new Span(0, 0);
        }
        Span from = withinBlock(first, start, first == last ? end : blockStarts[first] + blocks.get(first).text().length());
        if (first == last) {
            return from;
        }
        Span to = withinBlock(last, blockStarts[last], end);
        return new Span(from.start(), Math.max(from.start(), to.end()));
    }

    private Span withinBlock(int i, int start, int end) {
        TextBlock block = blocks.get(i);
        int length = block.text().length();
        int from = Math.min(Math.max(start - blockStarts[i], 0), length);
        int to = Math.min(Math.max(end - blockStarts[i], from), length);
        return BlockOffsets.toSource(sourceText, block, from, to);
    }

    /** The index, among the kept blocks, of the block the offset lies in (or the last before it); -1 before the first. */
    int blockIndex(int offset) {
        int found = -1;
        for (int i = 0; i < blockStarts.length && blockStarts[i] <= offset; i++) {
            found = i;
        }
        return found;
    }
}
