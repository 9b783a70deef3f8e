package org.parley.read;

import org.parley.model.Article;

/**
 * Where readers push what they read, one article at a time, in the manner of Jena RIOT's StreamRDF.
 * A reader reports a bad input (or a bad record inside one) through {@link #failed} and goes on.
 */
public interface ArticleSink {
    void accept(Article article);

    /**
     * @param locator the input or record that failed ("feed.jsonl#17")
     * @param message a specific, readable reason ("line 17: missing field 'text'")
     */
    void failed(String locator, String message);
}
