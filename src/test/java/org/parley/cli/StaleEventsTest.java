package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCliTest.Run;
import org.parley.rdf.Parley;
import org.parley.store.ParleyStore;
import org.parley.store.TestStores;

/**
 * Reads after a crash between storing articles and merging their reports: every read command completes the merge
 * first and says so, rather than showing a store with reports but no events as the truth.
 */
class StaleEventsTest {
    private static final String EVENTS = "SELECT (COUNT(DISTINCT ?e) AS ?events) WHERE { GRAPH <" + Parley.EVENTS_GRAPH
            + "> { ?e <" + Parley.report.getURI() + "> ?r } }";

    @TempDir
    Path dir;

    /**
     * A store as a bulk load killed before its merge pass leaves it: articles with reports, no events, the merge
     * pending.
     */
    private Path crashedBeforeTheMerge() {
        Path store = dir.resolve("store");
        try (ParleyStore opened = ParleyStore.open(store)) {
            opened.replaceArticles(Map.of(
                    "a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "we agreed"),
                    "b.txt", TestStores.article("b.txt", "Xi Jinping", "Vladimir Putin", "a new era")));
            Txn.executeWrite(opened.datasetGraph(), () -> opened.datasetGraph().deleteAny(
                    NodeFactory.createURI(Parley.EVENTS_GRAPH), Node.ANY, Node.ANY, Node.ANY));
            opened.markEventsStale();
            assertTrue(opened.eventsStale());
        }
        return store;
    }

    private static void assertMergedFirst(Run run) {
        assertTrue(run.err().contains("the events were behind the stored articles"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void statsCompletesThePendingMergeFirst() {
        Path store = crashedBeforeTheMerge();
        Run stats = ParleyCliTest.run("stats", "--store", store.toString());
        assertEquals(0, stats.exit(), stats.err());
        assertMergedFirst(stats);
        assertTrue(stats.out().contains("events           2"), stats.out());
        Run again = ParleyCliTest.run("stats", "--store", store.toString());
        assertEquals("", again.err(), "merged once, for good");
    }

    @Test
    void queryCompletesThePendingMergeFirst() throws IOException {
        Path store = crashedBeforeTheMerge();
        Path query = Files.writeString(dir.resolve("events.rq"), EVENTS);
        Run run = ParleyCliTest.run("query", "--store", store.toString(), "--format", "csv", query.toString());
        assertEquals(0, run.exit(), run.err());
        assertMergedFirst(run);
        assertEquals(List.of("events", "2"), run.out().strip().lines().toList());
    }

    @Test
    void exportCompletesThePendingMergeFirst() throws IOException {
        Path store = crashedBeforeTheMerge();
        Path edges = dir.resolve("edges.csv");
        Run run = ParleyCliTest.run("export", "--store", store.toString(), "--format", "csv", "--output",
                edges.toString());
        assertEquals(0, run.exit(), run.err());
        assertMergedFirst(run);
        assertEquals(3, Files.readAllLines(edges).size(), "a header and an edge per event");
    }

    @Test
    void validateCompletesThePendingMergeFirst() {
        Path store = crashedBeforeTheMerge();
        Run run = ParleyCliTest.run("validate", "--store", store.toString());
        assertMergedFirst(run);
        try (ParleyStore opened = ParleyStore.openExisting(store)) {
            assertFalse(opened.eventsStale());
        }
    }
}
