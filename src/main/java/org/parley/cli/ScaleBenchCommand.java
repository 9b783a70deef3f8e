package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.bench.ScaleBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "scale", description = {"Measure how ingest and queries behave as the store grows, on synthetic news "
        + "(Zipf-distributed actors from the gazetteer, 20 years, every contact type, duplicates across outlets, "
        + "undated, month-dated and background reports, statements): ingest articles/s and its slowdown (last 10%% "
        + "against first 10%%), one real article's ingest (CoreNLP included) into the full store against an empty "
        + "one, p50/p95 of the headline queries and the p50 of their processor time at each size (the store "
        + "compacted and its optimizer statistics refreshed first, as parley compact does), peak RSS and heap, disk "
        + "per million quads; then parley load against tdb2.tdbloader on the same quads.",
        "Synthetic articles bypass CoreNLP (their extractions are generated); everything from the extraction on is "
                + "the ingest's. The stores are temporary unless --work is given."})
class ScaleBenchCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "10000,100000",
            description = "Store sizes in articles to measure at (default: ${DEFAULT-VALUE}).")
    private long[] sizes;

    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "20",
            description = "Timed runs of each headline query at each size (default: ${DEFAULT-VALUE}).")
    private int queryRuns;

    @Option(names = "--latency-runs", paramLabel = "N", defaultValue = "5",
            description = "One-article ingests timed at each size and into the empty store (default: ${DEFAULT-VALUE}).")
    private int latencyRuns;

    @Option(names = "--bulk-articles", paramLabel = "N", defaultValue = "20000",
            description = "Synthetic articles for the bulk-load comparison, 0 for none (default: ${DEFAULT-VALUE}).")
    private long bulkArticles;

    @Option(names = "--threads", paramLabel = "T", description = "Ingest threads (default: the number of cores).")
    private Integer threads;

    @Option(names = "--seed", defaultValue = "1", description = "The synthetic news's seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--work", paramLabel = "DIR", description = "Keep the stores in DIR (default: a temporary directory).")
    private Path work;

    @Mixin
    private CommandContext context;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (Arrays.stream(sizes).anyMatch(s -> s < 10) || queryRuns < 1 || latencyRuns < 1 || bulkArticles < 0) {
            throw new UserError("--sizes must be at least 10 articles, --query-runs and --latency-runs at least 1");
        }
        context.quietCoreNlp();
        Path directory = work != null ? Files.createDirectories(work) : Files.createTempDirectory("parley-scale-");
        PrintWriter out = context.out();
        try {
            int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            new ScaleBench(out, directory, workers, seed, List.of(ParleyCli.home().resolve("samples").toString()))
                    .run(sizes, queryRuns, latencyRuns, bulkArticles);
        } finally {
            if (work == null) {
                delete(directory);
            }
        }
        return 0;
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
