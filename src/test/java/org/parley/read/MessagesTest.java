package org.parley.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.EOFException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/** Errors for users: one line, what went wrong, never the name of a Java class. */
class MessagesTest {
    @Test
    void aMessageIsOneLineWithoutTheClassNamesItQuotes() {
        PatternSyntaxException regex = new PatternSyntaxException("Unclosed group", "(abc", 4);
        assertEquals("Unclosed group near index 4 (abc", Messages.oneLine(regex));
        assertEquals("disk full", Messages.oneLine(new IllegalStateException("java.io.IOException: disk full")));
        assertEquals("feed connection reset", Messages.oneLine(new RuntimeException(
                new IllegalStateException("feed connection reset"))));
    }

    @Test
    void failuresOfTheProgramAreDescribed() {
        assertEquals("nested too deeply to analyse (the analysis ran out of stack)",
                Messages.oneLine(new StackOverflowError()));
        assertEquals("out of memory (give Java more with -Xmx, or split the input)",
                Messages.oneLine(new OutOfMemoryError("Java heap space")));
        assertEquals("an internal error in Parley (run with --verbose for the stack trace, and report it)",
                Messages.oneLine(new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null")));
        assertEquals("no such file or directory", Messages.oneLine(new NoSuchFileException("/x/y")));
        assertEquals("a symbolic link loop (it leads back to a folder that contains it); not followed",
                Messages.oneLine(new FileSystemLoopException("/x/loop")));
        assertEquals("the data ends unexpectedly (truncated)", Messages.oneLine(new EOFException()));
    }

    @Test
    void noDescriptionNamesAClass() {
        Pattern javaClass = Pattern.compile("[A-Z][a-z]+(Exception|Error)\\b|java\\.");
        for (Throwable t : new Throwable[] {new IllegalArgumentException(), new ClassCastException(),
                new UnsupportedOperationException("java.lang.UnsupportedOperationException"), new AssertionError()}) {
            String message = Messages.oneLine(t);
            assertEquals(false, javaClass.matcher(message).find(), message);
            assertEquals(false, message.isBlank(), t.toString());
        }
    }
}
