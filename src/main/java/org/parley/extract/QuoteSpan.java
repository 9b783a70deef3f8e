package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A direct quotation in the body text: the words between the marks, and the marks' own positions. A quote
 * left open at the end of a paragraph whose next paragraph opens with a quote mark runs on, as news style
 * writes quotes over several paragraphs; the next part is marked as continuing it.
 *
 * @param openStart         where the opening mark is
 * @param start             where the quoted words begin
 * @param end               where the quoted words end
 * @param closeEnd          just after the closing mark (or the paragraph's end, for a quote that runs on)
 * @param continuesPrevious true for the second and later paragraphs of a quote
 */
record QuoteSpan(int openStart, int start, int end, int closeEnd, boolean continuesPrevious) {
    /** Shorter quotes are mostly scare quotes ("so-called “invasion”"), covered as reported speech if at all ... */
    private static final int MIN_WORDS = 4;
    /** ... unless someone is said to have said them: "“A good start,” Vieira said, “but only a start.”" */
    private static final Pattern ATTRIBUTED = Pattern.compile(
            "\\s*(?:(?:he|she|they|[A-Z][\\p{L}'’.-]*)\\s+){1,4}(?:said|says|told|added|replied|wrote|insisted|asked)\\b"
                    + "|\\s*(?:said|says|added|replied)\\s+[A-Z]");

    static List<QuoteSpan> find(String text) {
        List<QuoteSpan> spans = new ArrayList<>();
        int open = -1;
        boolean continuing = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paragraphEnd = c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (open >= 0 && paragraphEnd) {
                int next = i;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                boolean runsOn = next < text.length() && (text.charAt(next) == '“' || text.charAt(next) == '"');
                // A quote left open runs on when the next paragraph opens with a mark; otherwise its closing
                // mark is missing, and it ends with its paragraph.
                add(spans, text, open, i, i, continuing);
                continuing = runsOn;
                open = -1;
                continue;
            }
            if ((c == '”' || c == '"') && open >= 0) {
                add(spans, text, open, i, i + 1, continuing);
                continuing = false;
                open = -1;
            } else if ((c == '“' || c == '"') && open < 0) {
                open = i;
            }
        }
        if (open >= 0) {
            add(spans, text, open, text.length(), text.length(), continuing); // a quotation that closes the article
        }
        return spans;
    }

    private static void add(List<QuoteSpan> spans, String text, int open, int close, int closeEnd, boolean continuing) {
        String words = text.substring(open + 1, close).trim();
        if (words.split("\\s+").length >= MIN_WORDS || continuing || ATTRIBUTED.matcher(text).region(closeEnd, text.length()).lookingAt()) {
            spans.add(new QuoteSpan(open, open + 1, close, closeEnd, continuing));
        }
    }
}
