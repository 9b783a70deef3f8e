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
        description = {"Time the named queries over a store, each with the example values its header gives: p50, p90 "
                + "and mean milliseconds per run, after untimed warm-up runs.",
                "With --baseline DIR, each query is timed in turns with DIR's query of the same name (an earlier "
                        + "version), and the ratio of their medians is printed."})
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

    @Option(names = "--baseline", paramLabel = "DIR",
            description = "Compare each query with the query of the same name in DIR, timed in turns with it.")
    private Path baseline;

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
        out.printf(Locale.ROOT, "%-30s %8s %8s %8s %7s%s  %s%n", "query", "p50 ms", "p90 ms", "mean ms", "rows",
                baseline == null ? "" : "  baseline p50, p90 ms, rows  p50 ratio", "values");
        try (ParleyStore opened = ParleyStore.openExisting(store.store)) {
            for (String name : selected) {
                try {
                    List<NamedQuery> queries = baseline == null ? List.of(NamedQueries.load(name, directories))
                            : List.of(NamedQueries.load(name, directories), NamedQueries.load(name, List.of(baseline)));
                    List<QueryBench.Result> results = QueryBench.run(opened.datasetGraph(), queries, warmup, repeat);
                    QueryBench.Result result = results.get(0);
                    String compared = "";
                    if (baseline != null) {
                        QueryBench.Result old = results.get(1);
                        compared = String.format(Locale.ROOT, "  %8.2f %8.2f %5d  %6.1fx", old.percentile(50),
                                old.percentile(90), old.rows(), old.percentile(50) / result.percentile(50));
                    }
                    out.printf(Locale.ROOT, "%-30s %8.2f %8.2f %8.2f %7d%s  %s%n", name, result.percentile(50),
                            result.percentile(90), result.mean(), result.rows(), compared, result.values());
                } catch (InvalidQueryException | InvalidParameterException e) {
                    out.printf(Locale.ROOT, "%-30s skipped: %s%n", name, e.getMessage());
                }
                out.flush();
            }
        }
        return 0;
    }
}
