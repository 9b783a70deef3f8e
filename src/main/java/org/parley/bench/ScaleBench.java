package org.parley.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.parley.extract.Extractor;
import org.parley.link.Gazetteer;
import org.parley.model.Article;
import org.parley.model.Extraction;
import org.parley.nlp.Nlp;
import org.parley.rdf.ArticleGraphs;
import org.parley.store.BulkLoad;
import org.parley.store.Ingestion;
import org.parley.store.NQuadsTarget;
import org.parley.store.ParleyStore;
import org.parley.store.ReferenceGraphs;
import org.parley.store.StoreUpkeep;

/**
 * {@code parley bench scale}: how ingest and queries behave as the store grows. Synthetic articles
 * ({@link SyntheticNews}) go through the ingest's pipeline (threads, group commit, incremental merge) from
 * extraction on; at each size the headline queries are timed, the memory and disk measured, and one real article
 * is ingested through the whole pipeline, CoreNLP included, into the full store and into an empty one.
 */
public final class ScaleBench {
    private final PrintWriter out;
    private final Path work;
    private final int workers;
    private final SyntheticNews news;
    private final List<Article> realArticles;
    private int latencyRuns;

    /** Ingest progress: articles stored and the ingest's own time when they were. */
    private final List<long[]> progress = new ArrayList<>();
    private long ingestNanos;
    private long stored;
    /** The articles a kept store held when this run began. */
    private long resumedFrom;

    public ScaleBench(PrintWriter out, Path work, int workers, long seed, List<String> realInputs) {
        this.out = out;
        this.work = work;
        this.workers = workers;
        this.news = new SyntheticNews(Gazetteer.standard(), seed);
        this.realArticles = readReal(realInputs);
    }

    /** Grows a store to each size in turn, measuring at each; then compares the bulk loader with tdb2.tdbloader. */
    public void run(long[] sizes, int queryRuns, int latencyRuns, long bulkArticles) throws IOException, InterruptedException {
        this.latencyRuns = latencyRuns;
        out.printf(Locale.ROOT, "machine   %d cores, Java %s (%s), max heap %.1f GB; %d ingest threads%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() / 1e9, workers);
        HeadlineQueries queries = new HeadlineQueries(news.actors());
        out.println("one article: the median time to ingest one real sample article (CoreNLP included, models loaded) into the "
                + "store, against the same into an empty store, the two measured by turns at each size");
        out.println();
        out.println("articles   quads      ingest art/s  store MB  MB/M quads  heap after GC MB  one article ms (empty, ratio)  "
                + "query p50/p95 ms (processor p50): bilateral | timeline | contacts month | who-quoted-whom");
        Path storeDirectory = work.resolve("scale-store");
        ParleyStore store = ParleyStore.open(storeDirectory);
        try (ParleyStore empty = ParleyStore.open(work.resolve("empty-store"))) {
            empty.ensureReferenceGraphs(ReferenceGraphs.standard());
            store.ensureReferenceGraphs(ReferenceGraphs.standard());
            // A store kept from an earlier run (--work) goes on from the articles it holds.
            stored = store.locators().stream().filter(l -> l.startsWith(SyntheticNews.LOCATOR_PREFIX)).count();
            resumedFrom = stored;
            for (int i = 0; i < 3; i++) {
                latency(empty); // loads the models, then lets the JIT compiler settle
            }
            long[] sorted = sizes.clone();
            Arrays.sort(sorted);
            for (long size : sorted) {
                if (size < stored) {
                    continue;
                }
                long nanos = ingestNanos;
                long before = stored;
                ingestSynthetic(store, stored, size);
                double rate = stored == before ? Double.NaN : (stored - before) / ((ingestNanos - nanos) / 1e9);
                store = upkeep(store, storeDirectory);
                long quads = store.quadCount();
                long disk = StoreUpkeep.diskSize(store.directory());
                long heap = ProcessMemory.heapAfterGc();
                double[] latency = latencies(store, empty);
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                        "%-10d %-10d %-13.0f %-9.0f %-11.0f %-17.0f %-5.0f (%.0f, %.2fx)            ", size, quads, rate,
                        ProcessMemory.mb(disk), disk / 1e6 / (quads / 1e6), ProcessMemory.mb(heap), latency[0],
                        latency[1], latency[0] / latency[1]));
                for (HeadlineQueries.Latency q : queries.time(store, queryRuns, size)) {
                    line.append(String.format(Locale.ROOT, " %.0f/%.0f (%.0f)", q.p50(), q.p95(), q.cpuP50()));
                }
                out.println(line);
                out.flush();
            }
            long before = StoreUpkeep.diskSize(store.directory());
            StoreUpkeep.compact(store);
            long after = StoreUpkeep.diskSize(store.directory());
            out.printf(Locale.ROOT, "compact   %.0f MB -> %.0f MB: %.0f MB per million quads once compacted%n",
                    ProcessMemory.mb(before), ProcessMemory.mb(after), after / 1e6 / (store.quadCount() / 1e6));
        } finally {
            store.close();
        }
        printGrowth();
        out.printf(Locale.ROOT, "memory    peak RSS %.0f MB, peak heap %.0f MB%n", ProcessMemory.mb(ProcessMemory.peakRss()),
                ProcessMemory.mb(ProcessMemory.peakHeap()));
        if (bulkArticles > 0) {
            compareBulkLoad(bulkArticles);
        }
        out.flush();
    }

    /**
     * Brings the store to the state it is measured in, as {@code parley compact} leaves one: compacted (TDB2 writes
     * every transaction's changed index blocks anew and frees the old ones only in a compaction, whose time, which
     * grows with the store, is shown apart from the ingest's) and with the optimizer's statistics refreshed. TDB2
     * reads the statistics when it opens a store, so the store is opened again; returns it.
     */
    private ParleyStore upkeep(ParleyStore store, Path directory) {
        long start = System.nanoTime();
        long before = StoreUpkeep.diskSize(store.directory());
        StoreUpkeep.compact(store);
        StoreUpkeep.refreshStatistics(store);
        store.close();
        ParleyStore reopened = ParleyStore.open(directory);
        out.printf(Locale.ROOT, "  ... %d articles in the store, %.0f articles/s in this run; compacted %.0f MB -> %.0f MB "
                        + "and statistics refreshed in %.1f s%n", stored, (stored - resumedFrom) / (ingestNanos / 1e9),
                ProcessMemory.mb(before), ProcessMemory.mb(StoreUpkeep.diskSize(reopened.directory())),
                (System.nanoTime() - start) / 1e9);
        out.flush();
        return reopened;
    }

    /** The ingest rate over the first and the last tenth of all the articles ingested, and their ratio. */
    private void printGrowth() {
        if (progress.size() < 2) {
            return;
        }
        long total = stored;
        double first = rateBetween(0, total / 10);
        double last = rateBetween(total - total / 10, total);
        out.printf(Locale.ROOT, "growth    ingest %.0f articles/s over the first 10%%, %.0f over the last 10%%: ratio %.2f "
                + "(1.0 = no slowdown as the store grows)%n", first, last, last / first);
    }

    private double rateBetween(long from, long to) {
        long[] a = at(from);
        long[] b = at(to);
        return (b[0] - a[0]) / ((b[1] - a[1]) / 1e9);
    }

    private long[] at(long count) {
        for (long[] point : progress) {
            if (point[0] >= count) {
                return point;
            }
        }
        return progress.get(progress.size() - 1);
    }

    /** Ingests synthetic articles {@code from} to {@code to} through the ingest pipeline, extraction bypassed. */
    private void ingestSynthetic(ParleyStore store, long from, long to) throws InterruptedException {
        Map<String, Extraction> pending = new ConcurrentHashMap<>();
        Ingestion ingestion = new Ingestion(store, article -> pending.remove(article.locator()), ArticleGraphs::toGraph, workers);
        long start = System.nanoTime();
        long base = ingestNanos;
        Ingestion.Summary summary = ingestion.run(sink -> {
            for (long n = from; n < to; n++) {
                Extraction extraction = news.article(n);
                pending.put(extraction.article().locator(), extraction);
                sink.accept(extraction.article());
            }
        }, new Ingestion.Listener() {
            @Override
            public void stored(String locator, Extraction extraction) {
                stored++;
                if (stored % 100 == 0) {
                    progress.add(new long[]{stored, base + System.nanoTime() - start});
                }
            }
        });
        ingestNanos = base + System.nanoTime() - start;
        progress.add(new long[]{stored, ingestNanos});
        if (!summary.failures().isEmpty()) {
            out.println("bench: " + summary.failures().size() + " synthetic articles failed, such as " + summary.failures().get(0));
        }
    }

    /**
     * The median times to ingest one new real article, through the whole pipeline, into the store and into the
     * empty store, taken by turns so that both meet the same load from the rest of the machine.
     */
    private double[] latencies(ParleyStore store, ParleyStore empty) throws InterruptedException {
        double[] full = new double[latencyRuns];
        double[] none = new double[latencyRuns];
        for (int i = 0; i < latencyRuns; i++) {
            full[i] = latency(store);
            none[i] = latency(empty);
        }
        Arrays.sort(full);
        Arrays.sort(none);
        return new double[]{full[latencyRuns / 2], none[latencyRuns / 2]};
    }

    /** The time to ingest one new real article, through the whole pipeline, into the store, in milliseconds. */
    private double latency(ParleyStore store) throws InterruptedException {
        Article article = fresh(realArticles.get((int) (freshCount % realArticles.size())));
        Ingestion ingestion = new Ingestion(store, Extractor.shared()::extract, ArticleGraphs::toGraph, workers);
        long start = System.nanoTime();
        ingestion.run(sink -> sink.accept(article), new Ingestion.Listener() { });
        return (System.nanoTime() - start) / 1e6;
    }

    private long freshCount;

    /** The article as a new one: its own locator and text, so that it is stored beside, not over, the last. */
    private Article fresh(Article article) {
        long n = ++freshCount;
        return new Article("latency/" + n + "/" + article.locator(), null, article.title(),
                article.sourceText() + "\n" + n, article.blocks(), article.published(), article.dateline(),
                article.outlet(), article.agency(), article.format(), article.metadata());
    }

    private static List<Article> readReal(List<String> inputs) {
        List<Article> articles = BenchCorpus.read(inputs, Nlp.shared()).articles();
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no real articles to time in " + String.join(" ", inputs));
        }
        return articles;
    }

    /**
     * Writes synthetic articles as N-Quads, then loads the same file into two empty stores side by side:
     * with {@code parley load}'s loader (TDB2's parallel loader, then the merge pass) and with {@code tdb2.tdbloader
     * --loader=parallel} in a process of its own.
     */
    private void compareBulkLoad(long articles) throws IOException, InterruptedException {
        Path nquads = work.resolve("bulk.nq");
        try (NQuadsTarget target = new NQuadsTarget(nquads)) {
            for (long n = 0; n < articles; n++) {
                Extraction extraction = news.article(1_000_000_000L + n);
                Graph graph = ArticleGraphs.toGraph(extraction);
                target.replaceArticle(extraction.article().locator(), graph);
            }
        }
        BulkLoad.Result ours;
        try (ParleyStore store = ParleyStore.open(work.resolve("bulk-parley"))) {
            ours = BulkLoad.load(store, List.of(nquads), List.of(), List.of());
        }
        Path tdbloaderStore = work.resolve("bulk-tdbloader");
        ProcessBuilder tdbloader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + Runtime.getRuntime().maxMemory() / (1 << 20) + "m", "-cp", System.getProperty("java.class.path"),
                "tdb2.tdbloader", "--loader=parallel", "--loc", tdbloaderStore.toString(), nquads.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("tdbloader.log").toFile());
        long start = System.nanoTime();
        int exit = tdbloader.start().waitFor();
        double theirs = (System.nanoTime() - start) / 1e9;
        double ourRate = ours.quads() / ours.loadSeconds();
        double theirRate = ours.quads() / theirs;
        out.printf(Locale.ROOT, "bulk      %d articles, %d quads: parley load %.1f s (%.0f quads/s) + merge pass %.1f s + "
                        + "statistics %.1f s; tdb2.tdbloader --loader=parallel %.1f s (%.0f quads/s, JVM start included%s)%n",
                articles, ours.quads(), ours.loadSeconds(), ourRate, ours.mergeSeconds(), ours.statsSeconds(), theirs,
                theirRate, exit == 0 ? "" : ", exit " + exit + ": see " + work.resolve("tdbloader.log"));
        out.printf(Locale.ROOT, "bulk      rate ratio parley/tdbloader: %.2f loading, %.2f with the merge pass and statistics%n",
                ourRate / theirRate, ours.quads() / (ours.loadSeconds() + ours.mergeSeconds() + ours.statsSeconds()) / theirRate);
        Files.deleteIfExists(nquads);
    }
}
