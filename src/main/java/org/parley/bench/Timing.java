package org.parley.bench;

import java.util.List;

/**
 * How long the timed passes of a benchmark took, each over the same articles.
 *
 * @param passNanos the wall-clock time of each pass
 * @param failures  articles that failed in the timed passes (each counted once per pass)
 * @param writeNanos of the timed passes' time, how long the store's writer was busy storing articles and
 *                   rebuilding the merged events, in part while articles were extracted (zero where nothing is
 *                   stored)
 */
public record Timing(int articles, long tokens, int threads, List<Long> passNanos, int failures, long writeNanos) {
    public Timing {
        passNanos = List.copyOf(passNanos);
    }

    public int passes() {
        return passNanos.size();
    }

    public double seconds() {
        return passNanos.stream().mapToLong(Long::longValue).sum() / 1e9;
    }

    /** How long the store's writer was busy, as a share of the time, from 0 to 1. */
    public double writeShare() {
        return writeNanos / 1e9 / seconds();
    }

    public double articlesPerSecond() {
        return articles * (double) passes() / seconds();
    }

    public double tokensPerSecond() {
        return tokens * (double) passes() / seconds();
    }
}
