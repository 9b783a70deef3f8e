package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of what {@code parley bench} prints; never its speed. */
class BenchCommandTest {
    @TempDir
    Path dir;

    private static List<Path> benchStores() throws IOException {
        try (var listed = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return listed.filter(p -> p.getFileName().toString().startsWith("parley-bench-")).toList();
        }
    }

    @Test
    void timesTheIngestOfAnArticleAndSaysOnWhatMachine() throws IOException {
        List<Path> storesBefore = benchStores();
        Files.writeString(dir.resolve("talks.txt"), "Lavrov and Wang Yi hold talks\n\n"
                + "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Moscow "
                + "on Tuesday.\n\n"
                + "\"We agreed to deepen our cooperation,\" Lavrov told reporters after the talks.\n");
        ParleyCliTest.Run run = ParleyCliTest.run("bench", "--repeat", "2", "--warmup", "0", "--threads", "1", "--no-baseline",
                dir.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        int cores = Runtime.getRuntime().availableProcessors();
        assertTrue(lines.get(0).matches("machine +" + cores + " cores, Java .+"), lines.get(0));
        assertTrue(lines.get(1).matches("corpus +1 articles, \\d+ tokens \\(.*\\)"), lines.get(1));
        assertTrue(lines.get(2).matches("parley +\\d+\\.\\d\\d articles/s, \\d+ tokens/s \\(2 passes, 1 threads, .*"),
                lines.get(2));
        assertTrue(!run.out().contains("ratio"), "no ratio without a baseline");
        assertEquals(storesBefore, benchStores(), "the temporary store is deleted");
    }

    @Test
    void nothingToTimeIsOneLineAndExitTwo() {
        ParleyCliTest.Run run = ParleyCliTest.run("bench", "--no-baseline", dir.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("parley bench: no articles to time in " + dir), run.err());
        assertTrue(!run.err().contains("\tat "), run.err());
    }

    @Test
    void warmupIsSecondsNotBelowZero() {
        ParleyCliTest.Run run = ParleyCliTest.run("bench", "--warmup", "-1", dir.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("--warmup must be a number of seconds"), run.err());
    }

    @Test
    void passesMustBeAtLeastOne() {
        ParleyCliTest.Run run = ParleyCliTest.run("bench", "--repeat", "0", dir.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("must be at least 1"), run.err());
    }
}
