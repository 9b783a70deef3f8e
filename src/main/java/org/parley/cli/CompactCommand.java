package org.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.store.ParleyStore;
import org.parley.store.StoreUpkeep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compact", description = {"Compact the store: TDB2 keeps the old versions of changed data (re-ingests, "
        + "removals) until then. Also refreshes the query optimizer's statistics.",
        "No other process may use the store meanwhile."})
class CompactCommand implements Callable<Integer> {
    @Mixin
    private StoreOption store;

    @Mixin
    private CommandContext context;

    @Override
    public Integer call() {
        PrintWriter out = context.out();
        try (ParleyStore opened = ParleyStore.openExisting(store.store)) {
            opened.repairEvents();
            long[] sizes = StoreUpkeep.compact(opened);
            StoreUpkeep.refreshStatistics(opened);
            out.printf("Compacted %s: %.1f MB -> %.1f MB; optimizer statistics refreshed.%n", store.store,
                    sizes[0] / 1e6, sizes[1] / 1e6);
        }
        out.flush();
        return 0;
    }
}
