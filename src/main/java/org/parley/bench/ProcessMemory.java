package org.parley.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's memory: peak resident set (Linux), heap in use after a collection, and the heap's peak. */
final class ProcessMemory {
    private ProcessMemory() {
    }

    /** The peak resident set size in bytes (VmHWM), or -1 where /proc does not tell. */
    static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** The heap in use once the collector has run: what the process keeps, not what it has yet to collect. */
    static long heapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The most heap in use at any time so far, summed over the heap's pools. */
    static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static double mb(long bytes) {
        return bytes / 1e6;
    }
}
