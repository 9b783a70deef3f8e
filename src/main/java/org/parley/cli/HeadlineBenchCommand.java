package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.bench.HeadlineBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "headline", description = {"Time the headline queries (as parley bench scale does, with the "
        + "parameters it draws at the store's size) over a store it grew, by turns with an earlier version of the "
        + "queries over another store, such as a copy of the store before a change to what the merge writes: p50 and "
        + "p95 of each side's elapsed and processor time, and the runs whose rows differ between the sides."})
class HeadlineBenchCommand implements Callable<Integer> {
    @Mixin
    private StoreOption store;

    @Option(names = "--baseline-store", paramLabel = "DIR", required = true,
            description = "The store the earlier queries run over.")
    private Path baselineStore;

    @Option(names = "--baseline-queries", paramLabel = "DIR", required = true,
            description = "The earlier queries: a directory of .rq files named as the built-in ones.")
    private Path baselineQueries;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20",
            description = "Timed runs of each query on each side (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--seed", defaultValue = "1",
            description = "The seed the store's synthetic news was grown with (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private CommandContext context;

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new UserError("--runs must be at least 1");
        }
        if (!Files.isDirectory(baselineQueries)) {
            throw new UserError("--baseline-queries " + baselineQueries + ": not a directory");
        }
        HeadlineBench.compare(context.out(), store.store, baselineStore, baselineQueries, runs, seed);
        return 0;
    }
}
