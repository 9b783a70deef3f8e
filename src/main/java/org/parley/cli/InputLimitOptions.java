package org.parley.cli;

import java.time.Duration;
import org.parley.read.InputLimits;
import picocli.CommandLine.Option;

/** The bounds on each input of an ingest (see {@link InputLimits}). */
class InputLimitOptions {
    private static final InputLimits DEFAULT = InputLimits.DEFAULT;

    @Option(names = "--max-article-size", paramLabel = "MB",
            description = "Refuse an article larger than this (a file, a JSONL line, a WARC record's payload; "
                    + "decompressed) (default: " + (InputLimits.DEFAULT_MAX_BYTES >> 20) + ").")
    Double maxArticleMegabytes;

    @Option(names = "--max-line-length", paramLabel = "CHARS",
            description = "Refuse an article with a line (a paragraph, as read) of more characters (default: "
                    + InputLimits.DEFAULT_MAX_LINE + ").")
    Integer maxLineChars;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Give up on an article whose reading and analysis take longer (default: "
                    + InputLimits.DEFAULT_TIME_LIMIT_SECONDS + ").")
    Double timeLimitSeconds;

    InputLimits limits() {
        if (maxArticleMegabytes != null && !(maxArticleMegabytes > 0)
                || maxLineChars != null && maxLineChars < 1
                || timeLimitSeconds != null && !(timeLimitSeconds > 0)) {
            throw new UserError("--max-article-size, --max-line-length and --time-limit must be more than 0");
        }
        return new InputLimits(
                maxArticleMegabytes == null ? DEFAULT.maxArticleBytes() : Math.round(maxArticleMegabytes * (1 << 20)),
                maxLineChars == null ? DEFAULT.maxLineChars() : maxLineChars,
                timeLimitSeconds == null ? DEFAULT.timeLimit() : Duration.ofMillis(Math.round(timeLimitSeconds * 1000)));
    }
}
