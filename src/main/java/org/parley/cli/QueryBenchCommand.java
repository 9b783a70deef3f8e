package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.bench.QueryBench;
import org.parley.query.InvalidParameterException;
import org.parley.query.InvalidQueryException;
import org.parley.query.NamedQueries;
import org.parley.query.NamedQuery;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "queries",
        description = {"Time the named queries over a store, one after another, each with the example values its "
                + "header gives: p50, p90 and mean milliseconds per run, after untimed warm-up runs.",
                "Run it on the same store before and after a change to a query, in the same conditions."})
class QueryBenchCommand implements Callable<Integer> {
    @Mixin
    private StoreOption store;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "50",
            description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "2",
            description = "Untimed runs of each query for this long first (default: ${DEFAULT-VALUE}).")
    private double warmup;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Time the .rq files of DIR instead of the built-in queries.")
    private Path directory;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Only these queries (default: all).")
    private List<String> names;

    @Mixin
    private CommandContext context;

    @Override
    public Integer call() {
        if (repeat < 1 || !(warmup >= 0)) {
            throw new UserError("--repeat must be at least 1 and --warmup 0 or more");
        }
        List<Path> directories = directory == null ? List.of() : List.of(directory);
        List<String> selected = names == null || names.isEmpty()
                ? (directory == null ? NamedQueries.builtInNames() : NamedQueries.names(directories)) : names;
        PrintWriter out = context.out();
        out.printf(Locale.ROOT, "machine  %d cores, Java %s; store %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), store.store);
        out.printf(Locale.ROOT, "%-32s %8s %8s %8s %7s  %s%n", "query", "p50 ms", "p90 ms", "mean ms", "rows",
                "values");
        try (ParleyStore opened = ParleyStore.openExisting(store.store)) {
            for (String name : selected) {
                try {
                    NamedQuery query = NamedQueries.load(name, directories);
                    QueryBench.Result result = QueryBench.run(opened.datasetGraph(), query, warmup, repeat);
                    out.printf(Locale.ROOT, "%-32s %8.2f %8.2f %8.2f %7d  %s%n", name, result.percentile(50),
                            result.percentile(90), result.mean(), result.rows(), result.values());
                } catch (InvalidQueryException | InvalidParameterException e) {
                    out.printf(Locale.ROOT, "%-32s skipped: %s%n", name, e.getMessage());
                }
                out.flush();
            }
        }
        return 0;
    }
}
