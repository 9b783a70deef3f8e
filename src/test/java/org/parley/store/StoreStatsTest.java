package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.Parley;

class StoreStatsTest {
    @TempDir
    Path dir;

    @Test
    void countsWhatTheStoreHolds() {
        try (ParleyStore store = ParleyStore.open(dir)) {
            store.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "a"));
            store.replaceArticle("b.txt", TestStores.article("b.txt", "Xi Jinping", "Sergey Lavrov", "b"));
            Node events = NodeFactory.createURI(Parley.EVENTS_GRAPH);
            Node type = RDF.type.asNode();
            DatasetGraph dataset = store.datasetGraph();
            // The two reports were merged into two meetings as they were stored; one call more by hand.
            Txn.executeWrite(dataset, () -> dataset.add(events, NodeFactory.createURI("urn:e3"), type, Parley.PhoneCall.asNode()));

            StoreStats stats = StoreStats.of(store);
            assertEquals(2, stats.articles());
            assertEquals(3, stats.actors(), "Wang Yi, Xi Jinping, Sergey Lavrov");
            assertEquals(2, stats.eventsByType().get(Parley.Meeting));
            assertEquals(1, stats.eventsByType().get(Parley.PhoneCall));
            assertEquals(0, stats.eventsByType().get(Parley.Visit));
            assertEquals(3, stats.events());
            assertEquals(2, stats.contactReports());
            assertEquals(2, stats.statements());
            assertEquals(store.quadCount(), stats.quads());
        }
    }
}
