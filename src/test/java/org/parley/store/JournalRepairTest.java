package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose journal ends in an entry a killed process was writing (as a kill -9 during a commit leaves it) opens,
 * with everything committed before.
 */
class JournalRepairTest {
    @TempDir
    Path dir;

    private static Path journal(Path store) throws IOException {
        try (var generations = Files.list(store)) {
            return generations.filter(p -> p.getFileName().toString().startsWith("Data-")).findFirst().orElseThrow()
                    .resolve("journal.jrnl");
        }
    }

    /** The header of a journal entry that promises {@code length} bytes of data, and the first {@code written}. */
    private static void appendPartialEntry(Path journal, int length, int written) throws IOException {
        ByteBuffer entry = ByteBuffer.allocate(JournalRepair.HEADER + written);
        entry.putInt(length).putInt(0x1234).putInt(1).put(new byte[JournalRepair.HEADER - 12]).put(new byte[written]);
        Files.write(journal, entry.array(), StandardOpenOption.APPEND);
    }

    @Test
    void aStoreWhoseJournalEndsInAHalfWrittenEntryOpensWithWhatWasCommitted() throws IOException {
        Path store = dir.resolve("store");
        TestStores.create(store, List.of("a.txt", "b.txt"));
        long quads;
        try (ParleyStore opened = ParleyStore.openExisting(store)) {
            quads = opened.quadCount();
        }
        appendPartialEntry(journal(store), 24, 10);
        try (ParleyStore opened = ParleyStore.openExisting(store)) {
            assertEquals(quads, opened.quadCount());
            assertEquals(List.of("a.txt", "b.txt"), opened.locators());
            assertFalse(opened.eventsStale());
        }
        assertEquals(0, Files.size(journal(store)), "recovered, the journal is empty again");
    }

    @Test
    void onlyAnIncompleteLastEntryIsDropped() throws IOException {
        Path journal = dir.resolve("journal.jrnl");
        Files.write(journal, new byte[0]);
        appendPartialEntry(journal, 4, 4);
        appendPartialEntry(journal, -1, 0);
        long whole = Files.size(journal);
        assertFalse(JournalRepair.dropIncompleteTail(journal), "whole entries are left alone");
        appendPartialEntry(journal, 100, 3);
        assertTrue(JournalRepair.dropIncompleteTail(journal));
        assertEquals(whole, Files.size(journal));
        Files.write(journal, new byte[JournalRepair.HEADER - 1], StandardOpenOption.APPEND);
        assertTrue(JournalRepair.dropIncompleteTail(journal), "a header cut short");
        assertEquals(whole, Files.size(journal));
    }
}
