package org.parley.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.parley.link.Gazetteer;
import org.parley.store.ParleyStore;

/**
 * {@code parley bench headline}: the headline queries over a store {@code parley bench scale} grew, with the
 * parameters that bench draws at its size, by turns with an earlier version of the queries over another store (such
 * as the same store before a change to what the merge writes), checking that both sides give the same rows.
 */
public final class HeadlineBench {
    private HeadlineBench() {
    }

    /**
     * @param baselineQueries the directory of the earlier queries' .rq files, by name
     * @param newsSeed        the seed the store's synthetic news was generated with (its actors are drawn from)
     */
    public static void compare(PrintWriter out, Path storeDirectory, Path baselineDirectory, Path baselineQueries,
                               int runs, long newsSeed) {
        SyntheticNews news = new SyntheticNews(Gazetteer.standard(), newsSeed);
        HeadlineQueries queries = new HeadlineQueries(news.actors());
        HeadlineQueries baseline = new HeadlineQueries(news.actors(), name -> read(baselineQueries, name));
        try (ParleyStore store = ParleyStore.openExisting(storeDirectory);
             ParleyStore baselineStore = ParleyStore.openExisting(baselineDirectory)) {
            long articles = store.locators().stream().filter(l -> l.startsWith(SyntheticNews.LOCATOR_PREFIX)).count();
            out.printf(Locale.ROOT, "machine   %d cores, Java %s; %d synthetic articles, %d quads (baseline %d quads)%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), articles,
                    store.quadCount(), baselineStore.quadCount());
            out.println("query                          elapsed p50/p95 ms  processor p50/p95 ms | baseline: elapsed "
                    + "p50/p95  processor p50/p95 | runs with other rows");
            // The parameters bench scale draws at this size: its seed is the store's number of articles.
            for (HeadlineQueries.Compared c : queries.compare(store, baseline, baselineStore, runs, articles)) {
                out.printf(Locale.ROOT, "%-30s %8.0f/%-8.0f %9.0f/%-9.0f | %16.0f/%-8.0f %8.0f/%-8.0f | %d of %d%n",
                        c.latency().name(), c.latency().p50(), c.latency().p95(), c.latency().cpuP50(),
                        c.latency().cpuP95(), c.baseline().p50(), c.baseline().p95(), c.baseline().cpuP50(),
                        c.baseline().cpuP95(), c.differingRows(), c.runs());
                out.flush();
            }
        }
    }

    private static String read(Path directory, String name) {
        try {
            return Files.readString(directory.resolve(name + ".rq"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
