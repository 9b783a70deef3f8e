package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
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

    BodyText(Article article) {
        this.blocks = article.keptBlocks();
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
     * A block with its soft line breaks and non-breaking or thin spaces as plain spaces, one character for one,
     * so that offsets stay valid and "spoke\u00a0today\nwith" reads as the words it is.
     */
    private static String softened(String block) {
        char[] chars = block.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean lineBreak = c == '\n' && (i + 1 >= chars.length || chars[i + 1] != '\n') && (i == 0 || chars[i - 1] != '\n');
            if (lineBreak || c == '\r' || c == '\u00a0' || c == '\u2009' || c == '\u202f' || c == '\u2007' || c == '\t') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    String text() {
        return text;
    }

    /**
     * Maps an offset in the body to the original input. Within a block whose text has the same length as
     * its source range (plain text), the mapping is exact; otherwise (decoded HTML) it is proportional.
     */
    int toSource(int offset) {
        int i = blockIndex(offset);
        if (i < 0) {
            return 0;
        }
        TextBlock block = blocks.get(i);
        int within = Math.min(Math.max(offset - blockStarts[i], 0), block.text().length());
        Span source = block.source();
        if (source.length() == block.text().length() || block.text().isEmpty()) {
            return source.start() + Math.min(within, source.length());
        }
        return source.start() + (int) ((long) within * source.length() / block.text().length());
    }

    Span toSource(int start, int end) {
        int s = toSource(start);
        int e = Math.max(s, toSource(end));
        return new Span(s, e);
    }

    private int blockIndex(int offset) {
        int found = -1;
        for (int i = 0; i < blockStarts.length && blockStarts[i] <= offset; i++) {
            found = i;
        }
        return found;
    }

    /** Offsets where each block begins in the body text; a block is a paragraph. */
    List<Integer> paragraphStarts() {
        List<Integer> starts = new ArrayList<>();
        for (int s : blockStarts) {
            starts.add(s);
        }
        return starts;
    }
}
