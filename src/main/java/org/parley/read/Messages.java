package org.parley.read;

import java.io.EOFException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ConcurrentModificationException;
import java.util.regex.Pattern;

/**
 * One-line descriptions of exceptions for users, who should never get only a stack trace, nor the name of a Java
 * class: the stack trace is for {@code --verbose}.
 */
public final class Messages {
    /** A Java class name in a message that quotes another exception ("java.io.IOException: disk full"). */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*");
    private static final int MAX_LENGTH = 400;

    private Messages() {
    }

    /**
     * What went wrong, on one line and without class names: the exception's message when it has one written for
     * people, a description of the failure when it is a program's (a bug, a stack overflow, no memory left).
     */
    public static String oneLine(Throwable e) {
        String described = described(e);
        if (described != null) {
            return described;
        }
        String text = text(e);
        if (text.isEmpty() && e.getCause() != null && e.getCause() != e) {
            return oneLine(e.getCause());
        }
        return text.isEmpty() ? "an unexpected error (run with --verbose for details)" : text;
    }

    /** The exception's own message on one line, without class names, shortened if need be. */
    public static String text(Throwable e) {
        String message = e.getMessage();
        if (message == null) {
            return "";
        }
        String line = CLASS_NAME.matcher(message).replaceAll("").strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
    }

    /** Failures whose class says more than their message (or whose message is for programmers); else null. */
    private static String described(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "nested too deeply to analyse (the analysis ran out of stack)";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory (give Java more with -Xmx, or split the input)";
        }
        if (e instanceof InterruptedException) {
            return "interrupted";
        }
        if (e instanceof FileSystemException fs) {
            return fileSystem(fs);
        }
        if (e instanceof EOFException && text(e).isEmpty()) {
            return "the data ends unexpectedly (truncated)";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + text(e);
        }
        if (e instanceof NullPointerException || e instanceof ClassCastException
                || e instanceof IndexOutOfBoundsException || e instanceof ArithmeticException
                || e instanceof ConcurrentModificationException || e instanceof IllegalMonitorStateException) {
            return "an internal error in Parley (run with --verbose for the stack trace, and report it)";
        }
        return null;
    }

    private static String fileSystem(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "a symbolic link loop (it leads back to a folder that contains it); not followed";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        return e.getReason() != null ? e.getReason() : "cannot be read";
    }
}
