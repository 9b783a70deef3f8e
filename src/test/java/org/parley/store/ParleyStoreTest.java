package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.merge.EventMerger;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.Parley;
import org.parley.store.ReferenceGraphs.ReferenceGraph;

class ParleyStoreTest {
    @TempDir
    Path dir;

    private ParleyStore store;

    @BeforeEach
    void open() {
        store = ParleyStore.open(dir.resolve("store"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Set<Triple> articleTriples(String locator) {
        Node graphName = ArticleGraphs.graphName(locator);
        return store.read(dsg -> dsg.getGraph(graphName).find().toSet());
    }

    @Test
    void reingestingReplacesTheArticleGraph() {
        store.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "first"));
        store.replaceArticle("b.txt", TestStores.article("b.txt", "Xi Jinping", "Vladimir Putin", "other"));
        long once = store.quadCount();
        Set<Triple> first = articleTriples("a.txt");

        store.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "first"));
        assertEquals(once, store.quadCount());
        assertEquals(first, articleTriples("a.txt"));

        store.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "second"));
        assertEquals(once, store.quadCount());
        Set<Triple> replaced = articleTriples("a.txt");
        assertTrue(replaced.stream().anyMatch(t -> t.getObject().isLiteral()
                && t.getObject().getLiteralLexicalForm().equals("second")));
        assertFalse(replaced.stream().anyMatch(t -> t.getObject().isLiteral()
                && t.getObject().getLiteralLexicalForm().equals("first")));
    }

    @Test
    void articleGraphsGetTheirTypeAndLocator() {
        store.replaceArticle("dir/b.html", GraphFactory.createDefaultGraph());
        store.replaceArticle("a.txt", GraphFactory.createDefaultGraph());
        assertEquals(List.of("a.txt", "dir/b.html"), store.locators());
        Node article = ArticleGraphs.graphName("a.txt");
        assertTrue(articleTriples("a.txt").contains(Triple.create(article, Parley.locator.asNode(),
                NodeFactory.createLiteralString("a.txt"))));
    }

    @Test
    void removeDropsOnlyThatArticle() {
        store.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "q"));
        store.replaceArticle("b.txt", TestStores.article("b.txt", "Wang Yi", "Sergey Lavrov", "q"));
        Set<Triple> b = articleTriples("b.txt");

        assertTrue(store.removeArticle("a.txt"));
        assertTrue(articleTriples("a.txt").isEmpty());
        assertEquals(b, articleTriples("b.txt"));
        assertEquals(List.of("b.txt"), store.locators());
        assertFalse(store.removeArticle("a.txt"), "a second removal finds nothing");
    }

    @Test
    void aFailedWriteLeavesThePreviousGraph() {
        store.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "kept"));
        store.rebuildEvents();
        Set<Triple> before = articleTriples("a.txt");
        long quads = store.quadCount();

        Graph failing = failsAfter(3, TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "lost"));
        RuntimeException e = assertThrows(RuntimeException.class, () -> store.replaceArticle("a.txt", failing));
        assertEquals("disk on fire", e.getMessage());

        assertEquals(before, articleTriples("a.txt"));
        assertEquals(quads, store.quadCount());
        assertFalse(store.eventsStale(), "the stale mark is part of the failed transaction");
    }

    @Test
    void eventsChangeWithTheirArticlesAndAreStaleOnlyWhenMarked() {
        assertFalse(store.eventsStale());
        store.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "q"));
        assertFalse(store.eventsStale(), "merged in the same transaction");
        assertEquals(1, eventCount());
        store.removeArticle("a.txt");
        assertFalse(store.eventsStale());
        assertEquals(0, eventCount(), "the removed article's event went with it");
        store.markEventsStale();
        assertTrue(store.eventsStale());
        store.rebuildEvents();
        assertFalse(store.eventsStale());
        assertFalse(store.repairEvents(), "nothing to repair");
    }

    @Test
    void aCrashBeforeTheMergeIsRepairedOnReopening() {
        store.markEventsStale(); // as a bulk load does before it loads quads past the merge
        Node graph = ArticleGraphs.graphName("a.txt");
        DatasetGraph dataset = store.datasetGraph();
        Txn.executeWrite(dataset, () -> TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "q").find()
                .forEach(t -> dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject())));
        store.close(); // the process "dies" before the merge pass
        store = ParleyStore.open(dir.resolve("store"));
        assertTrue(store.eventsStale());
        assertTrue(store.repairEvents());
        assertFalse(store.eventsStale());
        assertEquals(1, eventCount());
    }

    @Test
    void storeBookkeepingIsNotVisibleToQueries() {
        store.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "q"));
        store.markEventsStale();
        assertTrue(store.eventsStale());
        for (String predicate : List.of(StoreVocab.stale.getURI(), EventMerger.BLOCK.getURI())) {
            Query query = QueryFactory.create("SELECT * { ?s <" + predicate + "> ?o }");
            assertFalse(store.select(query, Map.of()).hasNext(), predicate);
        }
    }

    private long eventCount() {
        Node events = NodeFactory.createURI(Parley.EVENTS_GRAPH);
        return store.read(dsg -> Iter.count(dsg.find(events, Node.ANY, Parley.report.asNode(), Node.ANY)));
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheNamedGraphs() {
        store.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "from a"));
        store.replaceArticle("b.txt", TestStores.article("b.txt", "Wang Yi", "Sergey Lavrov", "from b"));
        Query query = QueryFactory.create("SELECT ?q { ?s <" + Parley.quote.getURI() + "> ?q } ORDER BY ?q");
        ResultSetRewindable results = store.select(query, Map.of());
        assertEquals("from a", results.next().getLiteral("q").getString());
        assertEquals("from b", results.next().getLiteral("q").getString());
    }

    @Test
    void selectBindsVariablesToTerms() {
        store.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "from a"));
        store.replaceArticle("b.txt", TestStores.article("b.txt", "Xi Jinping", "Vladimir Putin", "from b"));
        Query query = QueryFactory.create("SELECT ?q { ?s <" + Parley.speaker.getURI() + "> ?who ; <"
                + Parley.quote.getURI() + "> ?q }");
        ResultSetRewindable results = store.select(query, Map.of(Var.alloc("who"), TestStores.actor("Xi Jinping")));
        assertEquals(1, results.size());
        assertEquals("from b", results.next().getLiteral("q").getString());
    }

    @Test
    void referenceGraphsLoadOnlyWhenTheirContentChanges() {
        AtomicReference<String> label = new AtomicReference<>("first");
        ReferenceGraph reference = ReferenceGraph.of("urn:test:reference", () -> {
            Graph graph = GraphFactory.createDefaultGraph();
            graph.add(Triple.create(NodeFactory.createURI("urn:test:x"), NodeFactory.createURI("urn:test:label"),
                    NodeFactory.createLiteralString(label.get())));
            graph.add(Triple.create(NodeFactory.createBlankNode(), NodeFactory.createURI("urn:test:p"),
                    NodeFactory.createURI("urn:test:x")));
            return graph;
        });
        List<ReferenceGraph> references = List.of(reference, ReferenceGraphs.ontology());

        assertEquals(2, store.ensureReferenceGraphs(references).size());
        long quads = store.quadCount();
        assertTrue(store.ensureReferenceGraphs(references).isEmpty(), "fresh blank nodes are not a change");
        store.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "q"));
        quads = store.quadCount();
        assertFalse(store.eventsStale());
        label.set("second");
        assertEquals(List.of(reference.graphName()), store.ensureReferenceGraphs(references));
        assertEquals(quads, store.quadCount());
        boolean reloaded = store.read(dsg -> dsg.contains(reference.graphName(), Node.ANY, Node.ANY,
                NodeFactory.createLiteralString("second")));
        assertTrue(reloaded);
        assertTrue(store.eventsStale(), "new reference data (places, offices): the events are merged again");
        boolean ontology = store.read(dsg -> dsg.contains(NodeFactory.createURI(Parley.ONTOLOGY_GRAPH),
                Parley.Meeting.asNode(), Node.ANY, Node.ANY));
        assertTrue(ontology);
    }

    @Test
    void openExistingRefusesADirectoryWithoutAStore() {
        StoreException e = assertThrows(StoreException.class, () -> ParleyStore.openExisting(dir.resolve("nothing")));
        assertTrue(e.getMessage().contains("no Parley store at"), e.getMessage());
        assertTrue(ParleyStore.isStore(dir.resolve("store")));
    }

    /** A graph whose iteration fails part-way, as a write that breaks in the middle would. */
    private static Graph failsAfter(int triples, Graph graph) {
        return new GraphWrapper(graph) {
            @Override
            public ExtendedIterator<Triple> find() {
                List<Triple> all = graph.find().toList();
                return WrappedIterator.create(new java.util.Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return true;
                    }

                    @Override
                    public Triple next() {
                        if (next == triples) {
                            throw new IllegalStateException("disk on fire");
                        }
                        return all.get(next++);
                    }
                });
            }
        };
    }
}
