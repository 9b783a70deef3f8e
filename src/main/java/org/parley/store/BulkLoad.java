package org.parley.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.rdf.Parley;

/**
 * First loads of many articles: N-Quads (converted by {@code parley load}, or by the Spark job) go into the store
 * through TDB2's parallel loader, past the transactions of ingest; then one merge pass builds the events and the
 * blocking index, and the optimizer's statistics are refreshed.
 * <p>
 * The events are marked stale before the quads go in, so that a load that dies half-way leaves a store whose
 * reads say so (or repair it); the merge pass clears the mark.
 */
public final class BulkLoad {
    private static final MonitorOutput QUIET = (format, args) -> {
    };

    private BulkLoad() {
    }

    /** What a load did, with its timings in seconds. */
    public record Result(long quads, double loadSeconds, double mergeSeconds, double statsSeconds) {
    }

    /**
     * Loads the N-Quads files into the store, replacing the articles stored before under the given locators and
     * graph names, then merges and refreshes the statistics.
     */
    public static Result load(ParleyStore store, List<Path> nquads, Collection<String> locators, Collection<Node> graphs) {
        DatasetGraph dataset = store.datasetGraph();
        store.markEventsStale();
        Txn.executeWrite(dataset, () -> {
            for (String locator : locators) {
                Iter.toList(dataset.find(Node.ANY, Node.ANY, Parley.locator.asNode(), NodeFactory.createLiteralString(locator)))
                        .forEach(q -> dataset.deleteAny(q.getGraph(), Node.ANY, Node.ANY, Node.ANY));
            }
            graphs.forEach(g -> dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
        });
        long start = System.nanoTime();
        DataLoader loader = LoaderFactory.parallelLoader(TDBInternal.getDatasetGraphTDB(dataset), QUIET);
        loader.startBulk();
        try {
            loader.load(nquads.stream().map(Path::toString).toList());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException("bulk load failed: " + e.getMessage(), e);
        }
        long loaded = System.nanoTime();
        store.rebuildEvents();
        long merged = System.nanoTime();
        StoreUpkeep.refreshStatistics(store);
        long done = System.nanoTime();
        return new Result(loader.countQuads(), (loaded - start) / 1e9, (merged - loaded) / 1e9, (done - merged) / 1e9);
    }
}
