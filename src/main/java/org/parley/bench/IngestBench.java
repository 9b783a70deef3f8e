package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.parley.extract.Extractor;
import org.parley.rdf.ArticleGraphs;
import org.parley.store.Ingestion;
import org.parley.store.ParleyStore;
import org.parley.store.ReferenceGraphs;

/**
 * Times Parley's whole ingest of articles already read: the pipeline {@code parley ingest} runs (extract on several
 * threads, map to RDF, store from one writer, rebuild the events graph), fed from memory so that the figure is the
 * same whatever the disk. Each pass ingests the articles into a store that does not hold them (they are removed,
 * untimed, after each pass), as an ingest of new articles does. The store is a temporary TDB2 directory, deleted at
 * the end.
 */
public final class IngestBench {
    private IngestBench() {
    }

    /** Untimed passes for {@code warmupSeconds} (the first loads the models), then {@code repeat} timed ones. */
    public static Timing run(BenchCorpus corpus, int threads, double warmupSeconds, int repeat)
            throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("parley-bench-");
        try (ParleyStore store = ParleyStore.open(directory)) {
            store.ensureReferenceGraphs(ReferenceGraphs.standard());
            TimedStore timed = new TimedStore(store);
            Ingestion ingestion = new Ingestion(timed, Extractor.shared()::extract, ArticleGraphs::toGraph, threads);
            new Warmup(warmupSeconds).run(() -> {
                pass(corpus, ingestion);
                clear(corpus, store);
            });
            timed.reset();
            List<Long> nanos = new ArrayList<>();
            int failures = 0;
            for (int i = 0; i < repeat; i++) {
                long start = System.nanoTime();
                failures += pass(corpus, ingestion);
                nanos.add(System.nanoTime() - start);
                clear(corpus, store);
            }
            return new Timing(corpus.articles().size(), corpus.tokens(), threads, nanos, failures, timed.writing);
        } finally {
            deleteRecursively(directory);
        }
    }

    /** One ingest of all the articles; how many failed. */
    private static int pass(BenchCorpus corpus, Ingestion ingestion) throws InterruptedException {
        return ingestion.run(sink -> corpus.articles().forEach(sink::accept), new Ingestion.Listener() { })
                .failures().size();
    }

    /** Takes the articles out of the store again, with the events they made. */
    private static void clear(BenchCorpus corpus, ParleyStore store) {
        corpus.articles().forEach(article -> store.removeArticle(article.locator()));
        store.rebuildEvents();
    }

    /**
     * The store, with the time its writer spends storing articles and rebuilding the events added up. Storing
     * overlaps extraction; the last batch, stored with the rebuild, does not.
     */
    private static final class TimedStore implements Ingestion.Target {
        private final ParleyStore store;
        private long writing;

        TimedStore(ParleyStore store) {
            this.store = store;
        }

        void reset() {
            writing = 0;
        }

        @Override
        public void replaceArticle(String locator, Graph graph) {
            replaceArticles(Map.of(locator, graph));
        }

        @Override
        public void replaceArticles(Map<String, Graph> graphs) {
            timed(() -> store.replaceArticles(graphs));
        }

        @Override
        public boolean eventsStale() {
            return store.eventsStale();
        }

        @Override
        public void rebuildEvents() {
            timed(store::rebuildEvents);
        }

        @Override
        public void replaceArticlesAndRebuildEvents(Map<String, Graph> graphs) {
            timed(() -> store.replaceArticlesAndRebuildEvents(graphs));
        }

        private void timed(Runnable write) {
            long start = System.nanoTime();
            write.run();
            writing += System.nanoTime() - start;
        }

        @Override
        public long quadCount() {
            return store.quadCount();
        }
    }

    /** Deletes a folder and all it holds. */
    static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
