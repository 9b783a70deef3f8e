package org.parley.store;

/** One-line descriptions of exceptions for users, who should never get only a stack trace. */
public final class Messages {
    private Messages() {
    }

    /**
     * The exception's message on one line, led by its type unless it is one of ours (whose messages are written
     * for users). Falls back to the cause's message when the exception only wraps another.
     */
    public static String oneLine(Throwable e) {
        String message = e.getMessage();
        if ((message == null || message.isBlank()) && e.getCause() != null && e.getCause() != e) {
            return oneLine(e.getCause());
        }
        String text = text(e);
        if (e instanceof StoreException) {
            return text;
        }
        return text.isEmpty() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + text;
    }

    /** The exception's own message on one line, for exceptions whose messages are written for users. */
    public static String text(Throwable e) {
        String message = e.getMessage();
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
