package org.parley.suite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.bench.Chaos;
import org.parley.bench.Chaos.Phase;

/**
 * An ingest killed with SIGKILL, a few times (parley bench chaos runs it more): in the extraction while batches
 * commit, and while the events are merged. After each kill a read command ({@code parley stats}) must leave the
 * events consistent with the reports, and a rerun must give the store of an uninterrupted ingest, quad for quad.
 * The ingest here is the real pipeline with a stand-in for the language analysis, so that a run takes seconds.
 */
class ChaosTest {
    private static final int ARTICLES = 80;

    @TempDir
    Path dir;

    @Test
    void killedIngestsLeaveConsistentReadsAndARerunConverges() throws IOException, InterruptedException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(inputs.resolve(String.format("article-%03d.txt", i)), "Talks, part " + i + ".\n");
        }
        Path work = Files.createDirectories(dir.resolve("stores"));
        Chaos chaos = new Chaos(Chaos.java(StandInIngest.class.getName()), Chaos.parley("stats"),
                List.of(inputs.toString()), work);
        Random random = new Random(14);
        chaos.uninterrupted();
        System.out.println("uninterrupted: " + chaos.phases());
        int run = 0;
        // The second run kills as the merge begins: inside the last transaction, whatever the machine's speed.
        for (Phase phase : List.of(Phase.EXTRACTION, Phase.MERGE, Phase.MERGE)) {
            Chaos.Outcome outcome = chaos.run(++run, phase, run == 2 ? 0 : random.nextDouble());
            System.out.println(outcome);
            assertTrue(outcome.passed(), outcome.toString());
        }
    }
}
