package org.parley.clean;

import java.util.Map;
import org.parley.model.DateEvidence;

/**
 * One page as a reader found it, before cleaning: its text and what its container already says about it.
 *
 * @param locator    the input locator ("feed.jsonl#3")
 * @param format     the input format: txt, html, jsonl, warc
 * @param markup     how to read {@code sourceText}: as HTML or as plain text
 * @param sourceText the page as decoded text
 * @param supplied   metadata the container supplies (JSONL fields, WARC headers); it wins over what the page says
 */
public record Page(String locator, String format, Markup markup, String sourceText, Supplied supplied) {

    public enum Markup { TEXT, HTML }

    /**
     * Metadata supplied with a page; any field may be null.
     *
     * @param metadata further fields, kept in {@link org.parley.model.Article#metadata()}
     */
    public record Supplied(String url, String title, DateEvidence published, String outlet, String agency,
                           Map<String, String> metadata) {
        public static final Supplied NONE = new Supplied(null, null, null, null, null, Map.of());

        public Supplied {
            metadata = Map.copyOf(metadata);
        }

        public static Supplied url(String url) {
            return new Supplied(url, null, null, null, null, Map.of());
        }
    }
}
