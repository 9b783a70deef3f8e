package org.parley.clean;

/** A page beyond what cleaning handles, such as one nested deeper than any real page; the message says so. */
public class PageLimitException extends RuntimeException {
    public PageLimitException(String message) {
        super(message);
    }
}
