package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Keeping a store small and its queries well planned: TDB2 compaction (re-ingests and removals leave the old
 * versions of changed data behind until then) and the optimizer's statistics ({@code stats.opt}, what
 * {@code tdb2.tdbstats} writes), which TDB2 reads when it opens the store.
 */
public final class StoreUpkeep {
    /** The file TDB2's optimizer reads its statistics from, in the store's current data directory. */
    private static final String STATS_FILE = "stats.opt";

    private StoreUpkeep() {
    }

    /** Compacts the store into a new generation and deletes the old one; returns the bytes on disk before and after. */
    public static long[] compact(ParleyStore store) {
        long before = diskSize(store.directory());
        DatabaseMgr.compact(store.datasetGraph(), true);
        return new long[]{before, diskSize(store.directory())};
    }

    /**
     * Writes the optimizer's statistics over all the store's quads (the union graph that queries see) into the
     * current data directory, where TDB2 finds them the next time it opens the store.
     */
    public static Path refreshStatistics(ParleyStore store) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(store.datasetGraph());
        Path file = Path.of(tdb.getLocation().getDirectoryPath()).resolve(STATS_FILE);
        Txn.executeRead(tdb, () -> {
            StatsCollectorNodeId collector = new StatsCollectorNodeId(tdb.getQuadTable().getNodeTupleTable().getNodeTable());
            Iterator<Tuple<NodeId>> quads = tdb.getQuadTable().getNodeTupleTable().findAll();
            while (quads.hasNext()) {
                Tuple<NodeId> quad = quads.next();
                collector.record(null, quad.get(1), quad.get(2), quad.get(3));
            }
            Stats.write(file.toString(), collector.results());
        });
        return file;
    }

    /**
     * The bytes a directory takes on disk: the blocks allocated (as {@code du} counts them) where the system can
     * tell, else the files' sizes. TDB2 grows its files in large steps that are mapped but not yet written.
     */
    public static long diskSize(Path directory) {
        try {
            Process du = new ProcessBuilder("du", "-sk", directory.toString()).redirectErrorStream(true).start();
            String output = new String(du.getInputStream().readAllBytes()).trim();
            if (du.waitFor() == 0 && output.matches("\\d+\\s.*")) {
                return Long.parseLong(output.split("\\s")[0]) * 1024;
            }
        } catch (IOException e) {
            // No du here: the files' sizes will do.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return apparentSize(directory);
    }

    private static long apparentSize(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new StoreException("cannot measure " + directory + ": " + e.getMessage(), e);
        }
    }
}
