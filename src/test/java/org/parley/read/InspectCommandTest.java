package org.parley.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.parley.cli.InspectCommand;
import picocli.CommandLine;

/** {@code parley inspect} shows a user why each block was kept or dropped. */
class InspectCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new InspectCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void printsMetadataAndEveryBlockWithItsDecision() {
        int code = run("--no-color", "src/test/resources/pages/seeds/003_0aef0a5412f6252d.txt");
        String text = out.toString();
        assertEquals(0, code, err.toString());
        assertTrue(text.contains("title      Putin Meets with China's Defence Minister in Moscow"), text);
        assertTrue(text.contains("published  -"), text);
        assertTrue(text.contains("dateline   Moscow, Apr 16, year unknown"), text);
        assertTrue(text.contains("agency     AP"), text);
        assertTrue(text.contains("[DROP teaser cue \"Also Read |\"] Also Read | China 'Advises' Philippines"), text);
        assertTrue(text.contains("[KEEP body] Moscow, Apr 16 (AP) Russian President"), text);
        assertTrue(!text.contains("\u001b["), "no colour when asked for none");
    }

    @Test
    void showsThePublicationDateWithItsEvidenceAndEveryCandidate() {
        run("--no-color", "src/test/resources/pages/seeds/000_1503eeac827fc41c.txt");
        assertTrue(out.toString().contains("published  2024-02-11 (day, confidence 0.75)  from stamp: \"February 11, 2024\""
                + " at [0, 17)"), out.toString());
        assertTrue(out.toString().contains("0.75 2024-02-11 stamp: \"February 11, 2024\" at [0, 17)"), out.toString());
        assertTrue(out.toString().contains("chosen: the best-supported date"), out.toString());
    }

    @Test
    void aReadingErrorIsOneLineOnStandardErrorAndExitCodeOne() {
        int code = run("no/such/file.txt");
        assertEquals(1, code);
        assertEquals("parley inspect: no/such/file.txt: cannot read: no such file or directory",
                err.toString().strip());
        assertEquals("", out.toString());
    }
}
