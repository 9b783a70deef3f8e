package org.parley.read;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import org.parley.model.Article;
import org.parley.model.TextBlock;

/**
 * How much work one input may ask for, so that no input can stall an ingest: its size, the length of a line of its
 * text, and the time its reading and analysis may take. Past a bound the input fails with a one-line reason and the
 * rest of the batch goes on.
 *
 * @param maxArticleBytes the most bytes of one article: a text or HTML file (after decompression), a JSONL line, a
 *                        WARC record's payload
 * @param maxLineChars    the most characters of one line of an article's text (a paragraph as read): the language
 *                        analysis of a sentence grows faster than its length
 * @param timeLimit       the longest one article's cleaning, analysis and mapping may take
 */
public record InputLimits(long maxArticleBytes, int maxLineChars, Duration timeLimit) {
    public static final long DEFAULT_MAX_BYTES = 20L << 20;
    public static final int DEFAULT_MAX_LINE = 100_000;
    public static final int DEFAULT_TIME_LIMIT_SECONDS = 120;
    public static final InputLimits DEFAULT = new InputLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_LINE,
            Duration.ofSeconds(DEFAULT_TIME_LIMIT_SECONDS));

    public InputLimits {
        if (maxArticleBytes < 1 || maxLineChars < 1 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("input limits must be positive");
        }
    }

    /**
     * All of a stream, as long as it holds at most one article's bytes; more is refused without reading it all (a
     * gzip bomb included).
     *
     * @param what what the stream is, for the message: "the file", "the record's payload"
     */
    byte[] read(InputStream in, String what) throws IOException, UnreadableInputException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxArticleBytes + 1));
        if (bytes.length > maxArticleBytes) {
            throw new UnreadableInputException(tooLarge(what));
        }
        return bytes;
    }

    /** The reason an input larger than the limit is refused; {@code what} is "the file", "the line"... */
    String tooLarge(String what) {
        return what + " is larger than " + size(maxArticleBytes) + ", the limit per article (--max-article-size)";
    }

    /** Refuses an article with a line of text longer than the limit, naming the line in the input. */
    public void checkLines(Article article) throws UnreadableInputException {
        for (TextBlock block : article.blocks()) {
            if (block.text().length() > maxLineChars) {
                int line = lineOf(article.sourceText(), block.source().start());
                throw new UnreadableInputException(String.format(Locale.ROOT,
                        "line %d holds %,d characters of text without a break; the limit is %,d "
                                + "(--max-line-length)", line, block.text().length(), maxLineChars));
            }
        }
    }

    /** The line (from 1) of a character offset. */
    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A size in the unit that reads best: 20 MB, 512 KB, 300 bytes. */
    static String size(long bytes) {
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
        }
        return bytes >= 1L << 10 ? String.format(Locale.ROOT, "%.0f KB", bytes / (double) (1L << 10)) : bytes + " bytes";
    }
}
