package org.parley.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.tdb2.sys.DatabaseConnection;

/**
 * Drops the entry a killed process left half-written at the end of a TDB2 journal. TDB2 cannot open a store whose
 * journal ends in one: its recovery reads every entry, and a partial one stops it ("Failed to read the journal entry
 * data"). Such an entry belongs to a transaction that never committed, since the commit record is written and synced
 * before any data file changes; dropping it loses nothing committed, and TDB2's recovery then replays what did
 * commit. Only a partial entry at the very end is dropped: damage anywhere else is left for TDB2 to report.
 */
final class JournalRepair {
    /** The journal of each generation of a TDB2 store (Data-0001, ...). */
    private static final String JOURNAL = "journal.jrnl";
    /** An entry's header: the data's length, a checksum and the entry's type (4 bytes each), a component id. */
    static final int HEADER = 3 * Integer.BYTES + ComponentId.SIZE;

    private JournalRepair() {
    }

    /**
     * Drops the incomplete last entry of each journal of the store, unless another process has the store open (its
     * journal may be half-written because it is writing it); the journals changed. Call before opening the store.
     */
    static List<Path> dropIncompleteTails(Path store) throws IOException {
        List<Path> damaged = new ArrayList<>();
        for (Path journal : journals(store)) {
            if (incompleteFrom(journal) >= 0) {
                damaged.add(journal);
            }
        }
        if (damaged.isEmpty()) {
            return damaged;
        }
        ProcessFileLock lock = DatabaseConnection.lockForLocation(Location.create(store));
        try {
            if (!lock.tryLock()) {
                return List.of();
            }
        } catch (AlreadyLocked openHere) {
            return List.of();
        }
        try {
            for (Path journal : damaged) {
                dropIncompleteTail(journal);
            }
            return damaged;
        } finally {
            // Released whole, so that TDB2 takes the lock afresh.
            ProcessFileLock.release(lock);
        }
    }

    private static List<Path> journals(Path store) throws IOException {
        try (Stream<Path> generations = Files.list(store)) {
            return generations.filter(p -> p.getFileName().toString().startsWith("Data-"))
                    .map(p -> p.resolve(JOURNAL)).filter(Files::isRegularFile).toList();
        }
    }

    /** Truncates the journal before its last entry if that entry is incomplete; true when it did. */
    static boolean dropIncompleteTail(Path journal) throws IOException {
        long from = incompleteFrom(journal);
        if (from < 0) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            channel.truncate(from);
            channel.force(true);
        }
        return true;
    }

    /** Where the journal's incomplete last entry starts, or -1 when every entry is whole. */
    private static long incompleteFrom(Path journal) throws IOException {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            for (long position = 0; position < size; ) {
                header.clear();
                int read = size - position < HEADER ? -1 : channel.read(header, position);
                long entryEnd = read == HEADER ? position + HEADER + Math.max(header.getInt(0), 0) : Long.MAX_VALUE;
                if (entryEnd > size) {
                    return position;
                }
                position = entryEnd;
            }
            return -1;
        }
    }
}
