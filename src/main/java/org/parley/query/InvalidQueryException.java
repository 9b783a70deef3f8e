package org.parley.query;

/** A query that cannot be run as given: it does not parse, or its header is malformed, or it is not found. */
public class InvalidQueryException extends IllegalArgumentException {
    public InvalidQueryException(String message) {
        super(message);
    }
}
