package org.parley.cli;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.parley.model.Extraction;
import org.parley.read.InputLimits;
import org.parley.store.Ingestion;
import org.parley.store.Ingestion.Failure;
import org.parley.store.ParleyStore;
import org.parley.store.ReferenceGraphs;

/** An ingest as the ingest and demo commands run it: progress on stderr while it runs, a summary at the end. */
final class IngestRun {
    private IngestRun() {
    }

    static Ingestion.Summary run(ParleyStore store, List<String> inputs, InputLimits limits, CommandContext context)
            throws InterruptedException {
        return run(store, store.directory().toString(), () -> store.ensureReferenceGraphs(ReferenceGraphs.standard()),
                inputs, limits, context);
    }

    /**
     * An ingest into any target, such as a server (ingest --server).
     *
     * @param prepare run first, inside the timed part
     */
    static Ingestion.Summary run(Ingestion.Target target, String targetName, Runnable prepare, List<String> inputs,
                                 InputLimits limits, CommandContext context) throws InterruptedException {
        long start = System.nanoTime();
        Ingestion.Summary summary;
        try (IngestProgress progress = IngestProgress.create(context.err(), InputListing.expectedArticles(inputs))) {
            prepare.run();
            summary = Ingestion.standard(target, limits).run(inputs, progress);
        }
        printSummary(targetName, summary, target.quadCount(), Duration.ofNanos(System.nanoTime() - start),
                context.verbose(), context.out());
        return summary;
    }

    /** The time is the whole command's, loading the models included: what the user waited. */
    private static void printSummary(String targetName, Ingestion.Summary summary, long quads, Duration elapsed,
                                     boolean verbose, PrintWriter out) {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        out.printf("Ingested into %s in %.1f s (%.2f articles/s):%n", targetName, seconds,
                summary.articles() / seconds);
        out.printf("  articles    %d%n", summary.articles());
        out.printf("  contacts    %d%n", summary.contacts());
        out.printf("  statements  %d%n", summary.statements());
        out.printf("  quads       %d (whole store)%n", quads);
        out.printf("  errors      %d%n", summary.failures().size());
        for (Failure failure : summary.failures()) {
            out.println("    " + failure);
            if (verbose && failure.cause() != null) {
                failure.cause().printStackTrace(out);
            }
        }
        if (!summary.skipped().isEmpty()) {
            out.printf("  skipped     %d (not errors)%n", summary.skipped().size());
            summary.skipped().forEach(skip -> out.println("    " + skip));
        }
        out.flush();
    }

    /**
     * Progress on stderr: a progress bar on a terminal, else (or when CI=true) a plain line every few seconds.
     * Failures are listed in the summary, not here, so they are not printed twice.
     */
    private abstract static class IngestProgress implements Ingestion.Listener, AutoCloseable {
        int stored;
        int failed;
        /** The articles expected, or -1 when unknown; raised when more come. */
        long total;

        IngestProgress(long total) {
            this.total = total;
        }

        static IngestProgress create(PrintWriter err, long total) {
            boolean terminal = System.console() != null && !"true".equalsIgnoreCase(System.getenv("CI"));
            return terminal ? new Bar(total) : new Lines(err, total);
        }

        /** When the first article was done: the models have loaded, and the rate from then on says the time left. */
        private long firstDone;

        int done() {
            int done = stored + failed;
            if (total >= 0 && done > total) {
                total = done;
            }
            if (done == 1) {
                firstDone = System.nanoTime();
            }
            return done;
        }

        /** The time left at the rate since the first article; empty while unknown. */
        synchronized Optional<Duration> timeLeft() {
            int done = stored + failed;
            if (total < 0 || done < 2) {
                return Optional.empty();
            }
            double perArticle = (System.nanoTime() - firstDone) / (double) (done - 1);
            return Optional.of(Duration.ofNanos((long) (perArticle * (total - done))));
        }

        @Override
        public synchronized void stored(String locator, Extraction extraction) {
            stored++;
            update();
        }

        @Override
        public synchronized void failed(Failure failure) {
            failed++;
            update();
        }

        abstract void update();

        @Override
        public abstract void close();
    }

    /** A bar with the total, articles/s and the time left (from the rate since the first article was done). */
    private static final class Bar extends IngestProgress {
        private final ProgressBar bar;

        Bar(long total) {
            super(total);
            bar = new ProgressBarBuilder()
                    .setTaskName("ingest")
                    .setInitialMax(total)
                    .setUnit(" articles", 1)
                    .showSpeed(new DecimalFormat("0.0"))
                    .setEtaFunction(state -> timeLeft())
                    .setUpdateIntervalMillis(500)
                    .build();
            // The models load on the first article, which takes a while.
            bar.setExtraMessage(" loading models");
        }

        @Override
        void update() {
            int done = done();
            if (total >= 0) {
                bar.maxHint(total);
            }
            bar.stepTo(done);
            bar.setExtraMessage(failed == 0 ? "" : " " + failed + " failed");
        }

        @Override
        public void rebuildingEvents() {
            bar.setExtraMessage(" merging events");
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    private static final class Lines extends IngestProgress {
        private static final long INTERVAL_NANOS = 5_000_000_000L;

        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long lastLine = start - INTERVAL_NANOS;

        Lines(PrintWriter err, long total) {
            super(total);
            this.err = err;
        }

        @Override
        void update() {
            long now = System.nanoTime();
            int done = done();
            if (now - lastLine >= INTERVAL_NANOS) {
                lastLine = now;
                double seconds = Math.max(now - start, 1) / 1e9;
                String left = timeLeft().map(d -> String.format(Locale.ROOT, ", about %d s left", d.toSeconds()))
                        .orElse("");
                err.printf(Locale.ROOT, "ingest: %d%s stored, %d failed (%.2f articles/s%s)%n", stored,
                        total < 0 ? "" : "/" + total, failed, done / seconds, left);
                err.flush();
            }
        }

        @Override
        public void rebuildingEvents() {
            err.printf("ingest: %d stored, %d failed; merging events%n", stored, failed);
            err.flush();
        }

        @Override
        public void close() {
            err.flush();
        }
    }
}
