package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.parley.extract.Extractor;
import org.parley.model.Article;
import org.parley.model.Extraction;
import org.parley.rdf.ArticleGraphs;
import org.parley.store.ParleyStore;
import org.parley.store.ReferenceGraphs;

/**
 * Times Parley's whole ingest of articles already read: extract on several threads, map to RDF, store what is
 * ready in one transaction from one writer, then rebuild the events graph, as {@code parley ingest} does. Reading is
 * left out of the time, so that the figure is the same whatever the disk. The store is a temporary TDB2 directory,
 * deleted at the end.
 */
public final class IngestBench {
    private IngestBench() {
    }

    /** {@code warmup} untimed passes (the first loads the models and fills the store), then {@code repeat} timed. */
    public static Timing run(BenchCorpus corpus, int threads, int warmup, int repeat)
            throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("parley-bench-");
        ExecutorService pool = Executors.newFixedThreadPool(threads, Threads.daemons("parley-bench"));
        try (ParleyStore store = ParleyStore.open(directory)) {
            store.ensureReferenceGraphs(ReferenceGraphs.standard());
            Extractor extractor = Extractor.shared();
            for (int i = 0; i < warmup; i++) {
                pass(corpus.articles(), extractor, store, pool);
            }
            List<Long> nanos = new ArrayList<>();
            int failures = 0;
            long storing = 0;
            long merging = 0;
            for (int i = 0; i < repeat; i++) {
                long start = System.nanoTime();
                PassResult result = pass(corpus.articles(), extractor, store, pool);
                nanos.add(System.nanoTime() - start);
                failures += result.failures();
                storing += result.storeNanos();
                merging += result.mergeNanos();
            }
            return new Timing(corpus.articles().size(), corpus.tokens(), threads, nanos, failures, storing, merging);
        } finally {
            pool.shutdownNow();
            deleteRecursively(directory);
        }
    }

    private record Mapped(Article article, Graph graph) {
    }

    private record PassResult(int failures, long storeNanos, long mergeNanos) {
    }

    /** One ingest of all the articles: how many failed, how long storing them and merging the events took. */
    private static PassResult pass(List<Article> articles, Extractor extractor, ParleyStore store, ExecutorService pool)
            throws InterruptedException {
        CompletionService<Mapped> done = new ExecutorCompletionService<>(pool);
        for (Article article : articles) {
            done.submit(() -> {
                Extraction extraction = extractor.extract(article);
                return new Mapped(article, ArticleGraphs.toGraph(extraction));
            });
        }
        int failures = 0;
        long storing = 0;
        // As the ingest does: what half a second gathers is stored in one transaction.
        for (int taken = 0; taken < articles.size(); ) {
            java.util.Map<String, Graph> batch = new java.util.LinkedHashMap<>();
            java.util.concurrent.Future<Mapped> next = done.take();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(500);
            while (next != null) {
                taken++;
                try {
                    Mapped mapped = next.get();
                    batch.put(mapped.article().locator(), mapped.graph());
                } catch (ExecutionException e) {
                    failures++;
                }
                long wait = deadline - System.nanoTime();
                next = taken < articles.size() && batch.size() < 32 && wait > 0
                        ? done.poll(wait, java.util.concurrent.TimeUnit.NANOSECONDS) : null;
            }
            long start = System.nanoTime();
            try {
                store.replaceArticles(batch);
            } catch (RuntimeException e) {
                failures += batch.size();
            }
            storing += System.nanoTime() - start;
        }
        long start = System.nanoTime();
        store.rebuildEvents();
        return new PassResult(failures, storing, System.nanoTime() - start);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
