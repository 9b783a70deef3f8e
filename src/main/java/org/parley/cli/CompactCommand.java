package org.parley.cli;

import java.io.PrintWriter;
import org.parley.store.StoreUpkeep;
import picocli.CommandLine.Command;

@Command(name = "compact", description = {"Compact the store: TDB2 keeps the old versions of changed data (re-ingests, "
        + "removals) until then. Also refreshes the query optimizer's statistics.",
        "No other process may use the store meanwhile."})
class CompactCommand extends StoreCommand {
    @Override
    public Integer call() {
        long[] sizes = store.upkeep(opened -> {
            opened.repairEvents();
            long[] before = StoreUpkeep.compact(opened);
            StoreUpkeep.refreshStatistics(opened);
            return before;
        });
        PrintWriter out = context.out();
        out.printf("Compacted %s: %.1f MB -> %.1f MB; optimizer statistics refreshed.%n", store.store,
                sizes[0] / 1e6, sizes[1] / 1e6);
        out.flush();
        return 0;
    }
}
