package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An input's error is one line; --verbose adds the stack trace behind it. */
class IngestErrorsTest {
    @TempDir
    Path dir;

    @Test
    void verboseAddsTheStackTraceToTheOneLineError() throws IOException {
        Path deep = Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<div>".repeat(2_000)
                + "<p>Deep down.</p>" + "</div>".repeat(2_000) + "</body></html>");
        String line = "    " + deep + ": could not clean the page: the HTML is nested more than 1000 elements deep";

        ParleyCliTest.Run quiet = ParleyCliTest.run("ingest", "--store", dir.resolve("a").toString(), deep.toString());
        assertEquals(1, quiet.exit(), quiet.err());
        assertTrue(quiet.out().contains(line), quiet.out());
        assertFalse(quiet.out().contains("\tat ") || quiet.err().contains("\tat "), "no stack trace: " + quiet.out());

        ParleyCliTest.Run verbose = ParleyCliTest.run("--verbose", "ingest", "--store", dir.resolve("b").toString(),
                deep.toString());
        assertEquals(1, verbose.exit(), verbose.err());
        assertTrue(verbose.out().contains(line), verbose.out());
        assertTrue(verbose.out().contains("\tat org.parley.clean.HtmlSegmenter"), "the stack trace: " + verbose.out());
    }
}
