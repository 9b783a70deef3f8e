package org.parley.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.parley.extract.Extractor;
import org.parley.model.Article;
import org.parley.model.Extraction;
import org.parley.rdf.ArticleGraphs;
import org.parley.read.ArticleSink;
import org.parley.read.ArticleSources;

/**
 * The ingest pipeline: read → extract and map (in parallel: extraction is the slow part) → store (one writer, one
 * transaction per article) → rebuild the events graph once at the end.
 * <p>
 * Bounded queues between the stages keep memory flat however many inputs there are. A failure is reported for its
 * input and the rest goes on; what has been stored stays stored. Listener calls all come from the thread that
 * called {@link #run}.
 */
public final class Ingestion {
    private final Target store;
    private final Function<Article, Extraction> extractor;
    private final Function<Extraction, Graph> mapper;
    private final int workers;

    /** Where the converted articles go: a store (the usual), or a server that stores them (ingest --server). */
    public interface Target {
        /** Stores an article's graph, replacing what the locator stored before. */
        void replaceArticle(String locator, Graph graph);

        /**
         * Stores several articles at once, all or none; a target that can do it in one transaction saves a
         * commit per article. By default, one at a time.
         */
        default void replaceArticles(Map<String, Graph> graphs) {
            graphs.forEach(this::replaceArticle);
        }

        /** True when the merged events need rebuilding after the articles stored. */
        boolean eventsStale();

        void rebuildEvents();

        /** The quads now in the target, for the summary. */
        long quadCount();
    }

    /** Receives what happens to each input as it happens. */
    public interface Listener {
        default void stored(String locator, Extraction extraction) {
        }

        default void failed(Failure failure) {
        }

        default void rebuildingEvents() {
        }
    }

    /** An input (or the events rebuild) that failed, with a one-line reason. */
    public record Failure(String locator, String message) {
        @Override
        public String toString() {
            return locator + ": " + message;
        }
    }

    public record Summary(int articles, int contacts, int statements, long quads, List<Failure> failures) {
        public Summary {
            failures = List.copyOf(failures);
        }
    }

    /**
     * @param extractor turns an article into an extraction; called from several threads at once
     * @param mapper    maps an extraction to its article graph; called from several threads at once
     * @param workers   how many extraction threads
     */
    private static final int MAX_BATCH = 32;
    private static final long BATCH_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    public Ingestion(Target store, Function<Article, Extraction> extractor, Function<Extraction, Graph> mapper,
                     int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.store = store;
        this.extractor = extractor;
        this.mapper = mapper;
        this.workers = workers;
    }

    /** The standard pipeline: the shared extractor and the article mapping, one worker per core. */
    public static Ingestion standard(Target store) {
        return new Ingestion(store, Extractor.shared()::extract, ArticleGraphs::toGraph,
                Runtime.getRuntime().availableProcessors());
    }

    /** What a worker hands the writer. */
    private sealed interface Outcome {
    }

    private record Mapped(Extraction extraction, Graph graph) implements Outcome {
    }

    private record Failed(Failure failure) implements Outcome {
    }

    private record WorkerDone() implements Outcome {
    }

    public Summary run(List<String> inputs, Listener listener) throws InterruptedException {
        BlockingQueue<Optional<Article>> articles = new ArrayBlockingQueue<>(2 * workers);
        BlockingQueue<Outcome> outcomes = new ArrayBlockingQueue<>(2 * workers);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(workers + 1, task -> {
            Thread thread = new Thread(task, "parley-ingest-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            threads.execute(() -> read(inputs, articles, outcomes));
            for (int i = 0; i < workers; i++) {
                threads.execute(() -> extract(articles, outcomes));
            }
            return write(outcomes, listener);
        } finally {
            threads.shutdownNow();
        }
    }

    private void read(List<String> inputs, BlockingQueue<Optional<Article>> articles, BlockingQueue<Outcome> outcomes) {
        try {
            try {
                ArticleSources.read(inputs, new ArticleSink() {
                    @Override
                    public void accept(Article article) {
                        put(articles, Optional.of(article));
                    }

                    @Override
                    public void failed(String locator, String message) {
                        put(outcomes, new Failed(new Failure(locator, message)));
                    }
                });
            } catch (RuntimeException e) {
                put(outcomes, new Failed(new Failure(String.join(" ", inputs),
                        "reading stopped: " + Messages.oneLine(e))));
            }
            for (int i = 0; i < workers; i++) {
                articles.put(Optional.empty());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void extract(BlockingQueue<Optional<Article>> articles, BlockingQueue<Outcome> outcomes) {
        try {
            for (Optional<Article> next = articles.take(); next.isPresent(); next = articles.take()) {
                outcomes.put(extractAndMap(next.get()));
            }
            outcomes.put(new WorkerDone());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Outcome extractAndMap(Article article) {
        Extraction extraction;
        try {
            extraction = extractor.apply(article);
        } catch (RuntimeException | StackOverflowError e) {
            return new Failed(new Failure(article.locator(), "extraction failed: " + Messages.oneLine(e)));
        }
        try {
            return new Mapped(extraction, mapper.apply(extraction));
        } catch (RuntimeException e) {
            return new Failed(new Failure(article.locator(), "mapping to RDF failed: " + Messages.oneLine(e)));
        }
    }

    private Summary write(BlockingQueue<Outcome> outcomes, Listener listener) throws InterruptedException {
        Tally tally = new Tally(listener);
        List<Mapped> batch = new ArrayList<>();
        long deadline = Long.MAX_VALUE;
        // The reader queues its failures before the workers' end markers, so the last WorkerDone comes last.
        for (int done = 0; done < workers; ) {
            long wait = batch.isEmpty() ? Long.MAX_VALUE : Math.max(0, deadline - System.nanoTime());
            Outcome outcome = outcomes.poll(wait, TimeUnit.NANOSECONDS);
            if (outcome instanceof WorkerDone) {
                done++;
            } else if (outcome instanceof Failed failed) {
                tally.failed(failed.failure());
            } else if (outcome instanceof Mapped mapped) {
                if (batch.isEmpty()) {
                    deadline = System.nanoTime() + BATCH_WINDOW_NANOS;
                }
                batch.add(mapped);
            }
            // A commit costs more than extracting an article (TDB2 syncs to disk): store what a short window
            // gathers in one transaction. An article is stored whole or not at all either way.
            if (!batch.isEmpty() && (batch.size() >= MAX_BATCH || done == workers || System.nanoTime() >= deadline)) {
                store(batch, tally);
                batch.clear();
            }
        }
        if (store.eventsStale()) {
            listener.rebuildingEvents();
            try {
                store.rebuildEvents();
            } catch (RuntimeException e) {
                tally.failed(new Failure("events graph", "rebuilding events failed (the articles are stored; "
                        + "the next ingest or serve retries): " + Messages.oneLine(e)));
            }
        }
        return new Summary(tally.articles, tally.contacts, tally.statements, store.quadCount(), tally.failures);
    }

    /** Stores a batch whole; if that fails, each article alone, so that one bad article fails by itself. */
    private void store(List<Mapped> batch, Tally tally) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        batch.forEach(m -> graphs.put(m.extraction().article().locator(), m.graph()));
        try {
            store.replaceArticles(graphs);
            batch.forEach(tally::stored);
            return;
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                tally.failed(new Failure(graphs.keySet().iterator().next(), "storing failed: " + Messages.oneLine(e)));
                return;
            }
        }
        for (Mapped mapped : batch) {
            store(List.of(mapped), tally);
        }
    }

    /** What the writer has stored and what failed, told to the listener as it happens. */
    private static final class Tally {
        final Listener listener;
        final List<Failure> failures = new ArrayList<>();
        int articles;
        int contacts;
        int statements;

        Tally(Listener listener) {
            this.listener = listener;
        }

        void stored(Mapped mapped) {
            articles++;
            contacts += mapped.extraction().contacts().size();
            statements += mapped.extraction().statements().size();
            listener.stored(mapped.extraction().article().locator(), mapped.extraction());
        }

        void failed(Failure failure) {
            failures.add(failure);
            listener.failed(failure);
        }
    }

    private static <T> void put(BlockingQueue<T> queue, T item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
    }
}
