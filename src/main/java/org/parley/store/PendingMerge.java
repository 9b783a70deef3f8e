package org.parley.store;

import java.util.Locale;
import java.util.Optional;
import org.parley.read.Messages;

/**
 * Derived state is never silently stale: a command that reads a store first completes a merge an ingest left
 * pending (it died, or was killed, between storing articles and merging their reports), or, when that cannot be
 * done, says that the events are stale. Built on the store's stale mark ({@link ParleyStore#eventsStale()}), which
 * every change that does not merge in its own transaction leaves behind.
 */
public final class PendingMerge {
    private PendingMerge() {
    }

    /**
     * Completes the pending merge, if any.
     *
     * @return a one-line notice for the user when there was one: that it was completed, or that the events are stale
     */
    public static Optional<String> complete(ParleyStore store) {
        if (!store.eventsStale()) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        try {
            store.repairEvents();
        } catch (RuntimeException | Error e) {
            return Optional.of("warning: the events are stale (an ingest stopped before merging them) and merging them "
                    + "now failed (" + Messages.oneLine(e) + "): events and their counts may be missing or out of date");
        }
        return Optional.of(String.format(Locale.ROOT, "the events were behind the stored articles (an ingest stopped "
                + "before merging them); merged them first (%.1f s)", (System.nanoTime() - start) / 1e9));
    }
}
