package org.parley.clean;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Span;

/**
 * Splits plain text into blocks. Paragraphs are separated by blank lines, or are single lines when the
 * text puts one paragraph on each line; a run of lines hard-wrapped at a fixed width is one paragraph.
 * A block's text is its source with line breaks read as spaces, so it has the source's length and an offset
 * into the block plus the block's start is an offset into the input.
 */
final class TextSegmenter {
    private static final int WRAP_MIN = 40;
    private static final int WRAP_MAX = 100;

    private TextSegmenter() {
    }

    private record Line(int start, int end) {
        int length() {
            return end - start;
        }
    }

    static List<Candidate> segment(String input, int from) {
        List<Candidate> out = new ArrayList<>();
        List<Line> chunk = new ArrayList<>();
        int pos = from;
        while (pos < input.length()) {
            int eol = input.indexOf('\n', pos);
            int end = eol < 0 ? input.length() : eol;
            Line line = trimmed(input, pos, end);
            if (line == null) {
                flush(input, chunk, out);
            } else {
                chunk.add(line);
            }
            pos = end + 1;
        }
        flush(input, chunk, out);
        return out;
    }

    private static void flush(String input, List<Line> chunk, List<Candidate> out) {
        if (chunk.isEmpty()) {
            return;
        }
        if (hardWrapped(chunk)) {
            out.add(block(input, chunk.get(0).start(), chunk.get(chunk.size() - 1).end()));
        } else {
            chunk.forEach(line -> out.add(block(input, line.start(), line.end())));
        }
        chunk.clear();
    }

    private static Candidate block(String input, int start, int end) {
        String text = input.substring(start, end).replace('\r', ' ').replace('\n', ' ');
        return Candidate.of(text, new Span(start, end));
    }

    /** Lines of one paragraph wrapped at a width: every line but the last is of about that width. */
    private static boolean hardWrapped(List<Line> chunk) {
        if (chunk.size() < 2) {
            return false;
        }
        for (int i = 0; i < chunk.size(); i++) {
            int len = chunk.get(i).length();
            boolean last = i == chunk.size() - 1;
            if (len > WRAP_MAX || !last && len < WRAP_MIN) {
                return false;
            }
        }
        return true;
    }

    /** The line without its surrounding white space, or null when nothing is left. */
    private static Line trimmed(String input, int start, int end) {
        while (start < end && Words.isSpace(input.charAt(start))) {
            start++;
        }
        while (end > start && Words.isSpace(input.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : new Line(start, end);
    }
}
