package org.parley.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.parley.clean.Page;
import org.parley.extract.Extractor;
import org.parley.model.Article;
import org.parley.model.Extraction;
import org.parley.rdf.ArticleGraphs;
import org.parley.read.ArticleSink;
import org.parley.read.ArticleSources;
import org.parley.read.InputLimits;
import org.parley.read.Messages;
import org.parley.read.UnreadableInputException;

/**
 * The ingest pipeline: read → clean, extract and map (in parallel: extraction is the slow part) → store (one writer)
 * → rebuild the events graph once at the end.
 * <p>
 * Bounded queues between the stages keep memory flat however many inputs there are. A failure is reported for its
 * input and the rest goes on; what has been stored stays stored. Nothing can stall the run: whatever any stage
 * throws (a stack overflow included) is its input's failure, and an article whose cleaning, extraction and mapping
 * take longer than the time limit is reported and abandoned to a worker that is replaced. Listener calls all come
 * from the thread that called {@link #run}.
 */
public final class Ingestion {
    private final Target store;
    private final Function<Article, Extraction> extractor;
    private final Function<Extraction, Graph> mapper;
    private final int workers;
    private final InputLimits limits;

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

    /**
     * An input (or the events rebuild) that failed, with a one-line reason.
     *
     * @param cause the exception behind it, for a stack trace with --verbose; null when there is none
     */
    public record Failure(String locator, String message, Throwable cause) {
        public Failure(String locator, String message) {
            this(locator, message, null);
        }

        @Override
        public String toString() {
            return locator + ": " + message;
        }
    }

    /** What an ingest did; {@code skipped} lists what the folders held that was not read, with why (not errors). */
    public record Summary(int articles, int contacts, int statements, List<Failure> failures, List<Failure> skipped) {
        public Summary {
            failures = List.copyOf(failures);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * The most articles stored in one transaction. A commit syncs TDB2's files to disk, which costs far more than
     * an article's quads, so a fast source (a bulk of small articles) is stored in large transactions.
     */
    private static final int MAX_BATCH = 256;
    /** How often the writer, waiting for work, looks for articles past their time limit. */
    private static final long WATCH_MILLIS = 250;

    /**
     * @param extractor turns an article into an extraction; called from several threads at once
     * @param mapper    maps an extraction to its article graph; called from several threads at once
     * @param workers   how many extraction threads
     */
    public Ingestion(Target store, Function<Article, Extraction> extractor, Function<Extraction, Graph> mapper,
                     int workers) {
        this(store, extractor, mapper, workers, InputLimits.DEFAULT);
    }

    /** @param limits the bounds on each input: its size, its lines, the time its analysis may take */
    public Ingestion(Target store, Function<Article, Extraction> extractor, Function<Extraction, Graph> mapper,
                     int workers, InputLimits limits) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.store = store;
        this.extractor = extractor;
        this.mapper = mapper;
        this.workers = workers;
        this.limits = limits;
    }

    /** The standard pipeline: the shared extractor and the article mapping, one worker per core. */
    public static Ingestion standard(Target store) {
        return standard(store, InputLimits.DEFAULT);
    }

    /** The standard pipeline with the given bounds on each input. */
    public static Ingestion standard(Target store, InputLimits limits) {
        return new Ingestion(store, Extractor.shared()::extract, ArticleGraphs::toGraph,
                Runtime.getRuntime().availableProcessors(), limits);
    }

    /** What the reader hands a worker: an article already read, or a page still to be cleaned. */
    private record Work(String locator, Page page, Article article) {
        static Work of(Page page) {
            return new Work(page.locator(), page, null);
        }

        static Work of(Article article) {
            return new Work(article.locator(), null, article);
        }
    }

    /** What a worker or the reader hands the writer. */
    private sealed interface Outcome {
    }

    private record Skipped(Failure skip) implements Outcome {
    }

    private record Mapped(Extraction extraction, Graph graph) implements Outcome {
    }

    private record Failed(Failure failure) implements Outcome {
    }

    private record WorkerDone() implements Outcome {
    }

    /** Ingests the articles of files, directories or "-" (standard input), as {@link ArticleSources} reads them. */
    public Summary run(List<String> inputs, Listener listener) throws InterruptedException {
        return run(sink -> ArticleSources.read(inputs, sink, limits), listener);
    }

    /** Ingests the articles a source hands its sink (read on a thread of its own), such as articles already read. */
    public Summary run(Consumer<ArticleSink> source, Listener listener) throws InterruptedException {
        BlockingQueue<Optional<Work>> articles = new ArrayBlockingQueue<>(2 * workers);
        // Room for a whole batch of converted articles, so that a commit's batch can grow while the last commits.
        BlockingQueue<Outcome> outcomes = new ArrayBlockingQueue<>(MAX_BATCH);
        Thread reader = new Thread(() -> read(source, articles, outcomes), "parley-read");
        reader.setDaemon(true);
        Workers crew = new Workers(articles, outcomes);
        try {
            reader.start();
            crew.start();
            return write(outcomes, crew, listener);
        } finally {
            crew.stop();
            reader.interrupt();
        }
    }

    private void read(Consumer<ArticleSink> source, BlockingQueue<Optional<Work>> articles,
                      BlockingQueue<Outcome> outcomes) {
        try {
            try {
                source.accept(new ArticleSink() {
                    @Override
                    public void accept(Article article) {
                        put(articles, Optional.of(Work.of(article)));
                    }

                    @Override
                    public void accept(Page page) {
                        put(articles, Optional.of(Work.of(page)));
                    }

                    @Override
                    public void failed(String locator, String message) {
                        failed(locator, message, null);
                    }

                    @Override
                    public void failed(String locator, String message, Throwable cause) {
                        put(outcomes, new Failed(new Failure(locator, message, cause)));
                    }

                    @Override
                    public void skipped(String locator, String reason) {
                        put(outcomes, new Skipped(new Failure(locator, reason)));
                    }
                });
            } catch (RuntimeException | Error e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                // What was read goes on; the workers still get their end markers, so that nothing waits forever.
                outcomes.put(new Failed(new Failure("input", "reading stopped: " + Messages.oneLine(e), e)));
            } finally {
                for (int i = 0; i < workers; i++) {
                    articles.put(Optional.empty());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The extraction workers, and the watch on each one's article. The workers run in a fork/join pool so that a
     * worker with no article left helps the others with their sentences (the extractor analyses an article's
     * sentences as parallel tasks): a small batch, or the tail of a large one, then keeps every core busy. A worker
     * whose article runs past the time limit is left to finish (a thread cannot be stopped safely) and replaced by
     * one in a pool of its own, so that the run goes on at full strength.
     */
    private final class Workers {
        private final BlockingQueue<Optional<Work>> articles;
        private final BlockingQueue<Outcome> outcomes;
        private final Set<Job> running = ConcurrentHashMap.newKeySet();
        private final List<ForkJoinPool> pools = new ArrayList<>();
        private final AtomicInteger threadNumber = new AtomicInteger();

        Workers(BlockingQueue<Optional<Work>> articles, BlockingQueue<Outcome> outcomes) {
            this.articles = articles;
            this.outcomes = outcomes;
        }

        void start() {
            ForkJoinPool pool = pool(workers);
            for (int i = 0; i < workers; i++) {
                pool.execute(this::work);
            }
        }

        private ForkJoinPool pool(int threads) {
            ForkJoinPool pool = new ForkJoinPool(threads, p -> {
                ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
                thread.setName("parley-extract-" + threadNumber.incrementAndGet());
                return thread;
            }, null, false);
            pools.add(pool);
            return pool;
        }

        private void work() {
            try {
                for (Optional<Work> next = articles.take(); next.isPresent(); next = articles.take()) {
                    Job job = new Job(next.get().locator(), Thread.currentThread(),
                            System.nanoTime() + limits.timeLimit().toNanos());
                    running.add(job);
                    Outcome outcome = process(next.get());
                    running.remove(job);
                    if (!job.finish()) {
                        return; // timed out: the writer has reported it, and a new worker has taken this one's place
                    }
                    outcomes.put(outcome);
                }
                outcomes.put(new WorkerDone());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Reports the articles that have run past the time limit, and replaces their workers. */
        void timeOutOverdue(Tally tally) {
            long now = System.nanoTime();
            for (Job job : running) {
                if (now - job.deadline > 0 && job.timeOut()) {
                    running.remove(job);
                    tally.failed(new Failure(job.locator, "its reading and analysis took longer than "
                            + seconds(limits.timeLimit()) + ", the time limit per article (--time-limit); abandoned"));
                    pool(1).execute(this::work);
                }
            }
        }

        void stop() {
            pools.forEach(ForkJoinPool::shutdownNow);
        }
    }

    /** One article being worked on: it ends by its worker finishing it, or by the writer timing it out. */
    private static final class Job {
        private final String locator;
        private final Thread thread;
        private final long deadline;
        private boolean settled;

        Job(String locator, Thread thread, long deadline) {
            this.locator = locator;
            this.thread = thread;
            this.deadline = deadline;
        }

        /** True when the worker finished first; else the interrupt the time-out sent is cleared. */
        synchronized boolean finish() {
            if (settled) {
                Thread.interrupted();
                return false;
            }
            settled = true;
            return true;
        }

        /** True when this times the job out (its worker had not finished it); the worker is interrupted. */
        synchronized boolean timeOut() {
            if (settled) {
                return false;
            }
            settled = true;
            thread.interrupt();
            return true;
        }
    }

    /** Cleans (if need be), checks, extracts and maps one article; whatever goes wrong is the article's failure. */
    private Outcome process(Work work) {
        Article article;
        try {
            article = work.article() != null ? work.article() : ArticleSources.clean(work.page());
            limits.checkLines(article);
        } catch (UnreadableInputException e) {
            return new Failed(new Failure(work.locator(), e.getMessage(), e.getCause() != null ? e.getCause() : e));
        } catch (RuntimeException | Error e) {
            return new Failed(new Failure(work.locator(), "could not read the article: " + Messages.oneLine(e), e));
        }
        Extraction extraction;
        try {
            extraction = extractor.apply(article);
        } catch (RuntimeException | Error e) {
            // An error in one article's analysis (CoreNLP's own, a stack overflow) fails that article alone, and
            // the worker goes on: a worker that died would leave the writer waiting for it.
            return new Failed(new Failure(article.locator(), "extraction failed: " + Messages.oneLine(e), e));
        }
        try {
            return new Mapped(extraction, mapper.apply(extraction));
        } catch (RuntimeException | Error e) {
            return new Failed(new Failure(article.locator(), "mapping to RDF failed: " + Messages.oneLine(e), e));
        }
    }

    private Summary write(BlockingQueue<Outcome> outcomes, Workers crew, Listener listener)
            throws InterruptedException {
        Tally tally = new Tally(listener);
        List<Mapped> batch = new ArrayList<>();
        // Group commit: the writer stores whatever is ready in one transaction, and what the workers finish while
        // it commits makes the next one. A commit costs more than an article's triples (TDB2 syncs to disk), so
        // transactions grow with the load by themselves, and no article waits on a timer to be stored.
        // The reader queues its failures before the workers' end markers, so the last WorkerDone comes last.
        for (int done = 0; done < workers; ) {
            Outcome outcome = batch.isEmpty() ? outcomes.poll(WATCH_MILLIS, TimeUnit.MILLISECONDS) : outcomes.poll();
            if (!batch.isEmpty() && (outcome == null || batch.size() >= MAX_BATCH)) {
                store(batch, tally);
                batch.clear();
            }
            if (outcome instanceof WorkerDone) {
                done++;
            } else if (outcome instanceof Failed failed) {
                tally.failed(failed.failure());
            } else if (outcome instanceof Skipped skipped) {
                tally.skipped.add(skipped.skip());
            } else if (outcome instanceof Mapped mapped) {
                batch.add(mapped);
            }
            crew.timeOutOverdue(tally);
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
            } catch (RuntimeException | Error e) {
                tally.failed(new Failure("events graph", "rebuilding events failed (the articles are stored; "
                        + "the next command that reads the store retries): " + Messages.oneLine(e), e));
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
        } catch (RuntimeException | Error e) {
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
        } catch (RuntimeException | Error e) {
            if (batch.size() == 1) {
                tally.failed(new Failure(graphs.keySet().iterator().next(), "storing failed: " + Messages.oneLine(e),
                        e));
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
        final List<Failure> skipped = new ArrayList<>();
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
            return new Summary(articles, contacts, statements, failures, skipped);
        }
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
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
