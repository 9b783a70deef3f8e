package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.serve.ParleyServer;
import org.parley.serve.ServerSettings;
import org.parley.store.ParleyStore;
import org.parley.store.TestStores;

/** The shape of what {@code parley bench serve} prints, and its checks; never its speed. */
class ServeBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void loadsAServerAndChecksThatARunawayQueryIsStopped() {
        TestStores.create(dir, List.of("a.txt", "b.txt", "c.txt"));
        try (ParleyStore store = ParleyStore.openExisting(dir);
             ParleyServer server = ParleyServer.start(store, ServerSettings.of(ParleyServer.DEFAULT_HOST, 0)
                     .withLimits(Duration.ofSeconds(2), 1000))) {
            ParleyCliTest.Run run = ParleyCliTest.run("bench", "serve", "--server", server.baseUrl(), "--clients", "3",
                    "--duration", "2", "--warmup", "0", "--timeout", "2");
            assertEquals(0, run.exit(), run.out() + run.err());
            List<String> lines = run.out().lines().filter(line -> !line.startsWith("skipped ")).toList();
            assertTrue(lines.get(0).matches("machine +\\d+ cores, Java .+"), lines.get(0));
            assertTrue(lines.get(1).matches("load +3 clients x 2 s .+, \\d+ named queries"), lines.get(1));
            assertTrue(lines.get(2).matches("requests +\\d+: [\\d.]+/s, errors 0, from the server's cache \\d+"),
                    lines.get(2));
            assertTrue(lines.get(3).matches("latency +p50 .+ p95 .+ p99 .+ max .+"), lines.get(3));
            assertTrue(run.out().contains("  describe-actor "), "per query: " + run.out());
            String runaway = lines.get(lines.size() - 1);
            assertTrue(runaway.matches("runaway +stopped after [\\d.]+ s \\(HTTP 503; the timeout is 2 s\\)"), runaway);
        }
    }

    @Test
    void noServerIsOneLineAndExitTwo() {
        ParleyCliTest.Run run = ParleyCliTest.run("bench", "serve", "--server", "http://127.0.0.1:9", "--duration", "1");
        assertEquals(2, run.exit(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("is parley serve running there?"), run.err());
    }
}
