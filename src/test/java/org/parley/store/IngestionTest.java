package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.Extraction;
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
            assertEquals(store.quadCount(), summary.quads());
        }

        assertEquals(12, summary.articles());
        assertEquals(good.stream().sorted().toList(), stored.stream().sorted().toList());
        assertEquals(summary.failures(), heard);
        Map<String, String> failures = summary.failures().stream()
                .collect(Collectors.toMap(Failure::locator, Failure::message));
        assertEquals(4, failures.size(), failures.toString());
        assertTrue(failures.get(extraction).startsWith("extraction failed: IllegalArgumentException: no sentences"),
                failures.get(extraction));
        assertTrue(failures.get(mapping).startsWith("mapping to RDF failed: IllegalStateException: no IRI"),
                failures.get(mapping));
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
            long once = ingestion.run(inputs, new Ingestion.Listener() { }).quads();
            long twice = ingestion.run(inputs, new Ingestion.Listener() { }).quads();
            assertTrue(once > 0);
            assertEquals(once, twice);
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
