package org.parley.bench;

import java.util.List;

/**
 * How long the timed passes of a benchmark took, each over the same articles.
 *
 * @param passNanos the wall-clock time of each pass
 * @param failures  articles that failed in the timed passes (each counted once per pass)
 * @param storeNanos of the timed passes' time, how much went to storing articles (zero where nothing is stored)
 * @param mergeNanos of the timed passes' time, how much went to rebuilding the merged events
 */
public record Timing(int articles, long tokens, int threads, List<Long> passNanos, int failures, long storeNanos,
                     long mergeNanos) {
    public Timing {
        passNanos = List.copyOf(passNanos);
    }

    public int passes() {
        return passNanos.size();
    }

    public double seconds() {
        return passNanos.stream().mapToLong(Long::longValue).sum() / 1e9;
    }

    /** The share of the time spent storing articles, from 0 to 1. */
    public double storeShare() {
        return storeNanos / 1e9 / seconds();
    }

    /** The share of the time spent rebuilding the merged events, from 0 to 1. */
    public double mergeShare() {
        return mergeNanos / 1e9 / seconds();
    }

    public double articlesPerSecond() {
        return articles * (double) passes() / seconds();
    }

    public double tokensPerSecond() {
        return tokens * (double) passes() / seconds();
    }
}
