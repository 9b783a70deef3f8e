package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.Extraction;
import org.parley.rdf.Parley;
import org.parley.read.ArticleSources;
import org.parley.store.Ingestion.Failure;

/** The pipeline with stand-in extraction and mapping, so that it runs without CoreNLP. */
class IngestionTest {
    @TempDir
    Path dir;

    /** Fails on articles that ask for it, like a real extractor on input it cannot handle. */
    private static final Function<Article, Extraction> EXTRACTOR = article -> {
        if (article.sourceText().contains("EXTRACTION BREAKS")) {
            throw new IllegalArgumentException("no sentences");
        }
        return new Extraction(article, List.of(), List.of(), List.of());
    };

    private static final Function<Extraction, Graph> MAPPER = extraction -> {
        String locator = extraction.article().locator();
        String text = extraction.article().sourceText();
        if (text.contains("MAPPING BREAKS")) {
            throw new IllegalStateException("no IRI for actor");
        }
        Graph graph = TestStores.article(locator, "Wang Yi", "Sergey Lavrov", text.strip());
        return text.contains("STORING BREAKS") ? unreadable(graph) : graph;
    };

    private String write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    @Test
    void eachFailureIsReportedAndTheRestIsStored() throws Exception {
        List<String> good = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            good.add(write("good" + i + ".txt", "article " + i));
        }
        String extraction = write("e.txt", "EXTRACTION BREAKS");
        String mapping = write("m.txt", "MAPPING BREAKS");
        String storing = write("s.txt", "STORING BREAKS");
        String missing = dir.resolve("missing.txt").toString();
        List<String> inputs = new ArrayList<>(good);
        inputs.addAll(List.of(extraction, missing, mapping, storing));

        List<Failure> heard = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        Ingestion.Summary summary;
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            summary = new Ingestion(store, EXTRACTOR, MAPPER, 3).run(inputs, new Ingestion.Listener() {
                @Override
                public void stored(String locator, Extraction e) {
                    stored.add(locator);
                }

                @Override
                public void failed(Failure failure) {
                    heard.add(failure);
                }
            });
            assertEquals(good.stream().sorted().toList(), store.locators());
            assertFalse(store.eventsStale(), "events rebuilt at the end");
        }

        assertEquals(12, summary.articles());
        assertEquals(good.stream().sorted().toList(), stored.stream().sorted().toList());
        assertEquals(summary.failures(), heard);
        Map<String, String> failures = summary.failures().stream()
                .collect(Collectors.toMap(Failure::locator, Failure::message));
        assertEquals(4, failures.size(), failures.toString());
        assertEquals("extraction failed: no sentences", failures.get(extraction));
        assertEquals("mapping to RDF failed: no IRI for actor", failures.get(mapping));
        assertTrue(failures.get(storing).startsWith("storing failed: "), failures.get(storing));
        assertTrue(failures.containsKey(missing), failures.toString());
        failures.values().forEach(message -> assertFalse(message.contains("\n"), message));
    }

    @Test
    void ingestingTheSameInputsTwiceLeavesTheSameStore() throws Exception {
        List<String> inputs = IntStream.range(0, 5).mapToObj(i -> {
            try {
                return write("a" + i + ".txt", "text " + i);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            Ingestion ingestion = new Ingestion(store, EXTRACTOR, MAPPER, 2);
            ingestion.run(inputs, new Ingestion.Listener() { });
            long once = store.quadCount();
            ingestion.run(inputs, new Ingestion.Listener() { });
            long twice = store.quadCount();
            assertTrue(once > 0);
            assertEquals(once, twice);
        }
    }

    /**
     * An article is stored while others are still being extracted: here the second article's extraction waits for
     * the first to be stored, which a writer that held articles back until all were extracted would never do.
     */
    @Test
    void storesAnArticleWhileOthersAreStillBeingExtracted() throws Exception {
        String first = write("first.txt", "first");
        String second = write("second.txt", "second waits");
        CountDownLatch firstStored = new CountDownLatch(1);
        Function<Article, Extraction> extractor = article -> {
            if (article.sourceText().contains("waits")) {
                try {
                    if (!firstStored.await(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the first article was not stored meanwhile");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return EXTRACTOR.apply(article);
        };
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            Ingestion.Summary summary = new Ingestion(store, extractor, MAPPER, 2).run(List.of(first, second),
                    new Ingestion.Listener() {
                        @Override
                        public void stored(String locator, Extraction extraction) {
                            if (locator.equals(first)) {
                                firstStored.countDown();
                            }
                        }
                    });
            assertEquals(List.of(), summary.failures());
            assertEquals(2, summary.articles());
            assertFalse(store.eventsStale());
        }
    }

    /** A source that breaks off is one failure; what it handed over is stored, and the ingest ends. */
    @Test
    void aSourceThatBreaksOffIsReportedAndWhatItReadIsStored() throws Exception {
        String first = write("first.txt", "first");
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            Ingestion.Summary summary = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                    new Ingestion(store, EXTRACTOR, MAPPER, 2).run(sink -> {
                        ArticleSources.read(List.of(first), sink);
                        throw new IllegalStateException("feed connection reset");
                    }, new Ingestion.Listener() { }));
            assertEquals(List.of(first), store.locators());
            assertEquals(1, summary.articles());
            assertEquals(List.of("input: reading stopped: feed connection reset"),
                    summary.failures().stream().map(Failure::toString).toList());
        }
    }

    /** The last articles are stored with the events' rebuild; when the rebuild fails, they are stored without it. */
    @Test
    void aFailingRebuildLeavesTheLastArticlesStoredAndTheEventsMarkedStale() throws Exception {
        List<String> inputs = List.of(write("a.txt", "a"), write("b.txt", "b"));
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            Ingestion.Target failingRebuild = new Ingestion.Target() {
                @Override
                public void replaceArticle(String locator, Graph graph) {
                    store.replaceArticle(locator, graph);
                }

                /** As the store does when its incremental merge fails: the articles stay, a merge is pending. */
                @Override
                public void replaceArticles(Map<String, Graph> graphs) {
                    store.replaceArticles(graphs);
                    store.markEventsStale();
                }

                @Override
                public boolean eventsStale() {
                    return store.eventsStale();
                }

                @Override
                public void rebuildEvents() {
                    throw new IllegalStateException("merger broken");
                }

                @Override
                public void replaceArticlesAndRebuildEvents(Map<String, Graph> graphs) {
                    throw new IllegalStateException("merger broken");
                }

                @Override
                public long quadCount() {
                    return store.quadCount();
                }
            };
            Ingestion.Summary summary = new Ingestion(failingRebuild, EXTRACTOR, MAPPER, 2)
                    .run(inputs, new Ingestion.Listener() { });
            assertEquals(inputs.stream().sorted().toList(), store.locators());
            assertEquals(2, summary.articles());
            assertEquals(List.of("events graph"), summary.failures().stream().map(Failure::locator).toList());
            assertTrue(store.eventsStale(), "the next ingest or serve rebuilds them");

            new Ingestion(store, EXTRACTOR, MAPPER, 2).run(inputs, new Ingestion.Listener() { });
            assertFalse(store.eventsStale(), "stored with the last articles");
            long meetings = store.read(dataset -> Iter.count(dataset.find(NodeFactory.createURI(Parley.EVENTS_GRAPH),
                    Node.ANY, RDF.type.asNode(), Parley.Meeting.asNode())));
            assertEquals(1, meetings, "the two reports of one meeting make one event");
        }
    }

    private static Graph unreadable(Graph graph) {
        return new GraphWrapper(graph) {
            @Override
            public ExtendedIterator<Triple> find() {
                throw new IllegalStateException("triple store full");
            }
        };
    }
}
