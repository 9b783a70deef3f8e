package org.parley.read;

import org.parley.clean.Page;
import org.parley.model.Article;

/**
 * Where readers push what they read, one article at a time, in the manner of Jena RIOT's StreamRDF.
 * A reader reports a bad input (or a bad record inside one) through {@link #failed} and goes on.
 */
public interface ArticleSink {
    void accept(Article article);

    /**
     * A page read from an input, still to be cleaned into an article. By default it is cleaned here, and a failure
     * to clean it is the page's; a sink may clean it elsewhere instead (the ingest does, on its workers, within the
     * time limit of an article).
     */
    default void accept(Page page) {
        Article article;
        try {
            article = ArticleSources.clean(page);
        } catch (UnreadableInputException e) {
            failed(page.locator(), e.getMessage(), e.getCause());
            return;
        }
        accept(article);
    }

    /**
     * @param locator the input or record that failed ("feed.jsonl#17")
     * @param message a specific, readable reason ("line 17: missing field 'text'")
     */
    void failed(String locator, String message);

    /** A failure with the exception behind it, for a sink that shows stack traces (--verbose). */
    default void failed(String locator, String message, Throwable cause) {
        failed(locator, message);
    }

    /** Something a folder holds that is not read, and why (a hidden file, a file of another kind). Not an error. */
    default void skipped(String locator, String reason) {
    }
}
