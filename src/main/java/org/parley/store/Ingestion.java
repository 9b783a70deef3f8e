package org.parley.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
        int articles = 0;
        int contacts = 0;
        int statements = 0;
        List<Failure> failures = new ArrayList<>();
        // The reader queues its failures before the workers' end markers, so the last WorkerDone comes last.
        for (int done = 0; done < workers; ) {
            Outcome outcome = outcomes.take();
            if (outcome instanceof WorkerDone) {
                done++;
            } else if (outcome instanceof Failed failed) {
                failures.add(failed.failure());
                listener.failed(failed.failure());
            } else if (outcome instanceof Mapped mapped) {
                String locator = mapped.extraction().article().locator();
                try {
                    store.replaceArticle(locator, mapped.graph());
                } catch (RuntimeException e) {
                    Failure failure = new Failure(locator, "storing failed: " + Messages.oneLine(e));
                    failures.add(failure);
                    listener.failed(failure);
                    continue;
                }
                articles++;
                contacts += mapped.extraction().contacts().size();
                statements += mapped.extraction().statements().size();
                listener.stored(locator, mapped.extraction());
            }
        }
        if (store.eventsStale()) {
            listener.rebuildingEvents();
            try {
                store.rebuildEvents();
            } catch (RuntimeException e) {
                Failure failure = new Failure("events graph", "rebuilding events failed (the articles are stored; "
                        + "the next ingest or serve retries): " + Messages.oneLine(e));
                failures.add(failure);
                listener.failed(failure);
            }
        }
        return new Summary(articles, contacts, statements, store.quadCount(), failures);
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
