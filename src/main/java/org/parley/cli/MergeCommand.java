package org.parley.cli;

import java.io.PrintWriter;
import org.parley.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "merge", description = {"Bring the merged events up to date with the articles' contact reports.",
        "Ingest and remove merge as they store, so this only completes a merge left pending (by a bulk load or a "
                + "crash); --rebuild re-merges every report from scratch and rebuilds the blocking index, which "
                + "gives the same events as the incremental merges."})
class MergeCommand extends StoreCommand {
    @Option(names = "--rebuild", description = "Re-merge all reports, whether or not a merge is pending.")
    private boolean rebuild;

    @Override
    public Integer call() {
        MergeResult result = store.upkeep(opened -> {
            long start = System.nanoTime();
            boolean merged = rebuild || opened.repairEvents();
            if (rebuild) {
                opened.rebuildEvents();
            }
            return new MergeResult(merged, (System.nanoTime() - start) / 1e9, StoreStats.of(opened));
        });
        PrintWriter out = context.out();
        out.printf("%s in %.1f s: %d contact reports, %d events.%n",
                result.merged() ? (rebuild ? "Re-merged all reports" : "Completed the pending merge") : "Events already up to date",
                result.seconds(), result.stats().contactReports(), result.stats().events());
        out.flush();
        return 0;
    }

    private record MergeResult(boolean merged, double seconds, StoreStats stats) {
    }
}
