package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCliTest.Run;
import org.parley.rdf.Parley;
import org.parley.store.NQuadsTarget;
import org.parley.store.ParleyStore;
import org.parley.store.TestStores;

/** parley load, merge and compact, as a user runs them. */
class StoreUpkeepCommandsTest {
    private static final Node EVENTS = NodeFactory.createURI(Parley.EVENTS_GRAPH);

    @TempDir
    Path dir;

    private static Set<Quad> quads(Path store) {
        try (ParleyStore opened = ParleyStore.openExisting(store)) {
            return opened.read(dsg -> {
                Set<Quad> all = new HashSet<>();
                dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(all::add);
                return all;
            });
        }
    }

    private static Set<Quad> events(Path store) {
        Set<Quad> events = new HashSet<>();
        quads(store).stream().filter(q -> q.getGraph().equals(EVENTS)).forEach(events::add);
        return events;
    }

    private static List<Path> statistics(Path store) throws IOException {
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(p -> p.getFileName().toString().equals("stats.opt")).toList();
        }
    }

    @Test
    void loadingNQuadsMergesTheirEventsAndWritesTheOptimizersStatistics() throws IOException {
        Path nquads = dir.resolve("articles.nq");
        try (NQuadsTarget target = new NQuadsTarget(nquads)) {
            target.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "we agreed"));
            target.replaceArticle("b.txt", TestStores.article("b.txt", "Wang Yi", "Sergey Lavrov", "we met"));
        }
        Path store = dir.resolve("store");
        Run run = ParleyCliTest.run("load", "--store", store.toString(), "--nquads", nquads.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Loaded "), run.out());
        try (ParleyStore opened = ParleyStore.openExisting(store)) {
            assertEquals(List.of("a.txt", "b.txt"), opened.locators());
            assertFalse(opened.eventsStale(), "the merge pass ran");
        }
        assertEquals(1, events(store).stream().filter(q -> q.getPredicate().equals(Parley.report.asNode()))
                .map(Quad::getSubject).distinct().count(), "two reports of one undated meeting: one event");
        assertEquals(1, statistics(store).size(), "stats.opt in the data directory");

        Set<Quad> before = events(store);
        Run rebuild = ParleyCliTest.run("merge", "--store", store.toString(), "--rebuild");
        assertEquals(0, rebuild.exit(), rebuild.err());
        assertTrue(rebuild.out().contains("Re-merged all reports"), rebuild.out());
        assertEquals(before, events(store), "a full re-merge gives the events the load's merge gave");
    }

    @Test
    void compactingKeepsEveryQuadAndFreesTheSpaceOfOldVersions() throws IOException {
        Path store = dir.resolve("store");
        try (ParleyStore opened = ParleyStore.open(store)) {
            for (int i = 0; i < 30; i++) {
                opened.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "version " + i));
            }
        }
        Set<Quad> before = quads(store);
        Run run = ParleyCliTest.run("compact", "--store", store.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("(?s)Compacted .*: [0-9.]+ MB -> [0-9.]+ MB.*"), run.out());
        assertEquals(before, quads(store));
        try (Stream<Path> data = Files.list(store)) {
            assertEquals(List.of("Data-0002"), data.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("Data-")).toList(), "the old generation is gone");
        }
        assertEquals(1, statistics(store).size());
    }

    @Test
    void mergeWithoutRebuildSaysWhenThereIsNothingToDo() {
        Path store = dir.resolve("store");
        try (ParleyStore opened = ParleyStore.open(store)) {
            opened.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "q"));
        }
        Run run = ParleyCliTest.run("merge", "--store", store.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Events already up to date"), run.out());
    }
}
