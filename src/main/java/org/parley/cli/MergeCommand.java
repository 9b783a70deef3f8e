package org.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.store.ParleyStore;
import org.parley.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "merge", description = {"Bring the merged events up to date with the articles' contact reports.",
        "Ingest and remove merge as they store, so this only completes a merge left pending (by a bulk load or a "
                + "crash); --rebuild re-merges every report from scratch and rebuilds the blocking index, which "
                + "gives the same events as the incremental merges."})
class MergeCommand implements Callable<Integer> {
    @Mixin
    private StoreOption store;

    @Option(names = "--rebuild", description = "Re-merge all reports, whether or not a merge is pending.")
    private boolean rebuild;

    @Mixin
    private CommandContext context;

    @Override
    public Integer call() {
        PrintWriter out = context.out();
        try (ParleyStore opened = ParleyStore.openExisting(store.store)) {
            long start = System.nanoTime();
            boolean merged;
            if (rebuild) {
                opened.rebuildEvents();
                merged = true;
            } else {
                merged = opened.repairEvents();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            StoreStats stats = StoreStats.of(opened);
            out.printf("%s in %.1f s: %d contact reports, %d events.%n",
                    merged ? (rebuild ? "Re-merged all reports" : "Completed the pending merge") : "Events already up to date",
                    seconds, stats.contactReports(), stats.events());
        }
        out.flush();
        return 0;
    }
}
