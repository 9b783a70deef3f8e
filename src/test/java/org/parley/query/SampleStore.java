package org.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.parley.store.Ingestion;
import org.parley.store.ParleyStore;
import org.parley.store.ReferenceGraphs;

/** A store of the five sample articles, ingested with the real extractor, as {@code parley demo} makes it. */
public final class SampleStore {
    private SampleStore() {
    }

    /** Opens a store in the directory and ingests samples/ into it; the caller closes it. */
    public static ParleyStore create(Path directory) throws InterruptedException {
        ParleyStore store = ParleyStore.open(directory);
        store.ensureReferenceGraphs(ReferenceGraphs.standard());
        Ingestion.Summary summary = Ingestion.standard(store).run(List.of("samples"), new Ingestion.Listener() { });
        assertEquals(5, summary.articles(), "the five samples are stored: " + summary.failures());
        return store;
    }
}
