package org.parley.cli;

/** A problem the user can fix (a bad argument, an unknown query name); reported in one line, exit code 2. */
class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
