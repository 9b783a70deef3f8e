package org.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parley.read.ArticleSources;

/**
 * A look at an ingest's inputs before anything is loaded: which paths do not exist (a typo should not cost the
 * models' loading time, nor leave an empty store behind), and about how many articles they hold, for the progress
 * bar's total.
 */
final class InputListing {
    private InputListing() {
    }

    /** The inputs that name no file or directory. */
    static List<String> missing(List<String> inputs) {
        return inputs.stream().filter(i -> !i.equals(ArticleSources.STDIN) && !Files.exists(Path.of(i))).toList();
    }

    /**
     * The articles the inputs should hold: a line of a JSON Lines feed is one, any other file counts as one (a WARC
     * file's records are not counted ahead; the progress bar's total grows if there are more); -1 when standard input
     * is among the inputs.
     */
    static long expectedArticles(List<String> inputs) {
        if (inputs.contains(ArticleSources.STDIN)) {
            return -1;
        }
        long total = 0;
        for (String input : inputs) {
            try (Stream<Path> files = Files.walk(Path.of(input))) {
                total += files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                        .mapToLong(InputListing::articlesIn).sum();
            } catch (IOException | UncheckedIOException e) {
                // Reading will report it; the count is only a hint.
            }
        }
        return total;
    }

    private static long articlesIn(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            return 1;
        }
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return lines.lines().filter(l -> !l.isBlank()).count();
        } catch (IOException | UncheckedIOException e) {
            return 1;
        }
    }
}
