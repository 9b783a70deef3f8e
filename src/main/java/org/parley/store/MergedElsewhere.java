package org.parley.store;

/**
 * An ingest target whose events are merged elsewhere, so that the ingest does not merge: a server merges as it
 * stores each article; the bulk loader merges once after loading.
 */
public interface MergedElsewhere extends Ingestion.Target {
    @Override
    default boolean eventsStale() {
        return false;
    }

    @Override
    default void rebuildEvents() {
    }

    @Override
    default boolean rebuildsEvents() {
        return false;
    }
}
