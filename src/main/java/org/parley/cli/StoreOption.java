package org.parley.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.parley.store.ParleyStore;
import org.parley.store.PendingMerge;
import picocli.CommandLine.Option;

/** The --store option every command that uses a store shares. */
class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:PARLEY_STORE:-parley-data}",
            description = "The store directory (default: $PARLEY_STORE if set, else parley-data in the current "
                    + "directory; now ${DEFAULT-VALUE}).")
    Path store;

    /** Opens the existing store, reads what {@code reading} returns from it, and closes it again. */
    <T> T read(Function<ParleyStore, T> reading, CommandContext context) {
        try (ParleyStore opened = openForReading(context)) {
            return reading.apply(opened);
        }
    }

    /**
     * Opens the existing store for upkeep that brings it up to date itself (merge, compact), does {@code work} on it
     * and closes it again; no other process may use it meanwhile.
     */
    <T> T upkeep(Function<ParleyStore, T> work) {
        try (ParleyStore opened = ParleyStore.openExisting(store)) {
            return work.apply(opened);
        }
    }

    /**
     * Opens the existing store for a command that reads it: a merge an ingest left pending is completed first, or
     * the command says that the events are stale.
     */
    ParleyStore openForReading(CommandContext context) {
        ParleyStore opened = ParleyStore.openExisting(store);
        PendingMerge.complete(opened).ifPresent(notice -> {
            context.err().println(context.name() + ": " + notice);
            context.err().flush();
        });
        return opened;
    }
}
