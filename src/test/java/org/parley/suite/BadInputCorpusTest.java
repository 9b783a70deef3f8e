package org.parley.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCliTest;
import org.parley.cli.ParleyCliTest.Run;
import org.parley.store.ParleyStore;

/**
 * {@code parley ingest} over the bad-input corpus: the run ends, with a non-zero exit; every bad input (or record) is
 * one error line that names it and says what is wrong, with no Java class name; and every good article is stored.
 */
class BadInputCorpusTest {
    private static final Pattern ERROR_LINE = Pattern.compile("^    (.+?): (.+)$");
    private static final Pattern JAVA_CLASS = Pattern.compile("\\b[A-Z][A-Za-z]+(Exception|Error)\\b|\\bjava\\.");

    @TempDir
    Path dir;

    @Test
    void everyBadInputIsOneErrorLineAndEveryGoodArticleIsStored() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        BadInputs corpus = BadInputs.write(inputs);
        Path store = dir.resolve("store");
        Run run = assertTimeoutPreemptively(Duration.ofMinutes(10),
                () -> ParleyCliTest.run("ingest", "--store", store.toString(), inputs.toString()));

        assertEquals(1, run.exit(), run.err());
        String summary = run.out();
        assertTrue(summary.contains("  errors      " + corpus.errors().size() + "\n"), summary);
        Map<String, String> reported = new LinkedHashMap<>();
        boolean inErrors = false;
        for (String line : summary.lines().toList()) {
            if (line.startsWith("  errors")) {
                inErrors = true;
            } else if (!line.startsWith("    ")) {
                inErrors = false;
            } else if (inErrors) {
                Matcher m = ERROR_LINE.matcher(line);
                assertTrue(m.matches(), line);
                assertFalse(JAVA_CLASS.matcher(m.group(2)).find(), "no Java class names: " + line);
                assertEquals(null, reported.put(m.group(1), m.group(2)), "one line per input: " + m.group(1));
            }
        }
        assertEquals(corpus.errors().keySet(), reported.keySet(), summary);
        corpus.errors().forEach((locator, expected) -> assertTrue(reported.get(locator).contains(expected),
                locator + ": " + reported.get(locator) + " (expected to say " + expected + ")"));
        assertFalse(run.err().contains("\tat "), "no stack trace without --verbose");

        try (ParleyStore opened = ParleyStore.openExisting(store)) {
            assertEquals(corpus.good().stream().sorted().toList(), opened.locators());
            assertFalse(opened.eventsStale());
        }
    }
}
