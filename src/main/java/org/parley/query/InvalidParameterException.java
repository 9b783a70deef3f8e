package org.parley.query;

/** A parameter value a named query cannot use; the message names the parameter and says what is wrong. */
public class InvalidParameterException extends IllegalArgumentException {
    public InvalidParameterException(String message) {
        super(message);
    }
}
