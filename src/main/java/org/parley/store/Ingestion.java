package org.parley.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.parley.extract.Extractor;
import org.parley.model.Article;
import org.parley.model.Extraction;
import org.parley.rdf.ArticleGraphs;
import org.parley.read.ArticleSink;
import org.parley.read.ArticleSources;

/**
 * The ingest pipeline: read → extract and map (in parallel: extraction is the slow part) → store (one writer) →
 * rebuild the events graph once at the end.
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

        /**
         * Stores the last articles of an ingest and rebuilds the merged events; a target that can do both in one
         * transaction (all or none) saves a commit. By default one after the other, not atomically: when the
         * rebuild fails, the articles stay stored, and the ingest stores them once more on its way to reporting it.
         */
        default void replaceArticlesAndRebuildEvents(Map<String, Graph> graphs) {
            replaceArticles(graphs);
            rebuildEvents();
        }

        /** False for a target that merges events as it stores articles (a server), so that the ingest does not. */
        default boolean rebuildsEvents() {
            return true;
        }

        /** The quads now in the target (for a report; it may take a while on a large store). */
        long quadCount();
    }

    /** Receives what happens to each input as it happens. */
    public interface Listener {
        default void stored(String locator, Extraction extraction) {
        }

        default void failed(Failure failure) {
        }

        /** The merged events are being rebuilt; the last articles' {@link #stored} calls may come after this. */
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

    public record Summary(int articles, int contacts, int statements, List<Failure> failures) {
        public Summary {
            failures = List.copyOf(failures);
        }
    }

    /**
     * The most articles stored in one transaction. A commit syncs TDB2's files to disk, which costs far more than
     * an article's quads, so a fast source (a bulk of small articles) is stored in large transactions.
     */
    private static final int MAX_BATCH = 256;

    /**
     * @param extractor turns an article into an extraction; called from several threads at once
     * @param mapper    maps an extraction to its article graph; called from several threads at once
     * @param workers   how many extraction threads
     */
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

    /** Ingests the articles of files, directories or "-" (standard input), as {@link ArticleSources} reads them. */
    public Summary run(List<String> inputs, Listener listener) throws InterruptedException {
        return run(sink -> {
            try {
                ArticleSources.read(inputs, sink);
            } catch (RuntimeException e) {
                sink.failed(String.join(" ", inputs), "reading stopped: " + Messages.oneLine(e));
            }
        }, listener);
    }

    /** Ingests the articles a source hands its sink (read on a thread of its own), such as articles already read. */
    public Summary run(Consumer<ArticleSink> source, Listener listener) throws InterruptedException {
        BlockingQueue<Optional<Article>> articles = new ArrayBlockingQueue<>(2 * workers);
        // Room for a whole batch of converted articles, so that a commit's batch can grow while the last commits.
        BlockingQueue<Outcome> outcomes = new ArrayBlockingQueue<>(MAX_BATCH);
        Thread reader = new Thread(() -> read(source, articles, outcomes), "parley-read");
        reader.setDaemon(true);
        // The workers run in a fork/join pool so that a worker with no article left helps the others with their
        // sentences (the extractor analyses an article's sentences as parallel tasks): a small batch, or the tail
        // of a large one, then keeps every core busy.
        AtomicInteger threadNumber = new AtomicInteger();
        ForkJoinPool threads = new ForkJoinPool(workers, pool -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            thread.setName("parley-extract-" + threadNumber.incrementAndGet());
            return thread;
        }, null, false);
        try {
            reader.start();
            for (int i = 0; i < workers; i++) {
                threads.execute(() -> extract(articles, outcomes));
            }
            return write(outcomes, listener);
        } finally {
            threads.shutdownNow();
            reader.interrupt();
        }
    }

    private void read(Consumer<ArticleSink> source, BlockingQueue<Optional<Article>> articles,
                      BlockingQueue<Outcome> outcomes) {
        try {
            try {
                source.accept(new ArticleSink() {
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
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                // What was read goes on; the workers still get their end markers, so that nothing waits forever.
                outcomes.put(new Failed(new Failure("input", "reading stopped: " + Messages.oneLine(e))));
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
        } catch (RuntimeException | Error e) {
            // An error in one article's analysis (CoreNLP's own, a stack overflow) fails that article alone, and
            // the worker goes on: a worker that died would leave the writer waiting for it.
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
        // Group commit: the writer stores whatever is ready in one transaction, and what the workers finish while
        // it commits makes the next one. A commit costs more than an article's triples (TDB2 syncs to disk), so
        // transactions grow with the load by themselves, and no article waits on a timer to be stored.
        // The reader queues its failures before the workers' end markers, so the last WorkerDone comes last.
        for (int done = 0; done < workers; ) {
            Outcome outcome = batch.isEmpty() ? outcomes.take() : outcomes.poll();
            if (outcome == null || batch.size() >= MAX_BATCH) {
                store(batch, tally);
                batch.clear();
            }
            if (outcome instanceof WorkerDone) {
                done++;
            } else if (outcome instanceof Failed failed) {
                tally.failed(failed.failure());
            } else if (outcome instanceof Mapped mapped) {
                batch.add(mapped);
            }
        }
        // The last batch and the events' rebuild share a transaction: the ingest's last commit is its slowest part.
        boolean together = !batch.isEmpty() && store.rebuildsEvents();
        if (together) {
            listener.rebuildingEvents();
            if (storeLast(batch, tally)) {
                return tally.summary();
            }
        } else if (!batch.isEmpty()) {
            store(batch, tally);
        }
        if (store.eventsStale()) {
            if (!together) {
                listener.rebuildingEvents();
            }
            try {
                store.rebuildEvents();
            } catch (RuntimeException e) {
                tally.failed(new Failure("events graph", "rebuilding events failed (the articles are stored; "
                        + "the next ingest or serve retries): " + Messages.oneLine(e)));
            }
        }
        return tally.summary();
    }

    /**
     * Stores the last batch and rebuilds the events in one transaction; true when that worked. Otherwise it stores
     * the batch the long way (article by article if need be) and leaves the events to the caller.
     */
    private boolean storeLast(List<Mapped> batch, Tally tally) {
        try {
            store.replaceArticlesAndRebuildEvents(graphs(batch));
        } catch (RuntimeException e) {
            store(batch, tally);
            return false;
        }
        batch.forEach(tally::stored);
        return true;
    }

    private static Map<String, Graph> graphs(List<Mapped> batch) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        batch.forEach(m -> graphs.put(m.extraction().article().locator(), m.graph()));
        return graphs;
    }

    /** Stores a batch whole; if that fails, each article alone, so that one bad article fails by itself. */
    private void store(List<Mapped> batch, Tally tally) {
        Map<String, Graph> graphs = graphs(batch);
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

        Summary summary() {
            return new Summary(articles, contacts, statements, failures);
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
