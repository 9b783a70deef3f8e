package org.parley.store;

/** A store that cannot be opened or used, with a message that names the store and says why. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
