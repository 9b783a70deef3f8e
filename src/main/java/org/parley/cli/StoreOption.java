package org.parley.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Option;

/** The --store option every command that uses a store shares. */
class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:PARLEY_STORE:-parley-data}",
            description = "The store directory (default: $PARLEY_STORE if set, else parley-data in the current "
                    + "directory; now ${DEFAULT-VALUE}).")
    Path store;

    /** Opens the existing store, reads what {@code reading} returns from it, and closes it again. */
    <T> T read(Function<ParleyStore, T> reading) {
        try (ParleyStore opened = ParleyStore.openExisting(store)) {
            return reading.apply(opened);
        }
    }
}
