package org.parley.read;

/** An input, or a record in one, that cannot be read; the message says why in words a user can act on. */
public class UnreadableInputException extends Exception {
    public UnreadableInputException(String reason) {
        super(reason);
    }

    public UnreadableInputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
