package org.parley.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.parley.model.Article;
import org.parley.model.Span;
import org.parley.model.TextBlock;

/** Reads inputs (files, directories searched recursively, or "-" for standard input) into articles. */
public final class ArticleSources {
    private ArticleSources() {
    }

    // Placeholder until the reading stage lands: whole .txt files as single kept blocks.
    public static void read(List<String> inputs, ArticleSink sink) {
        for (String input : inputs) {
            try {
                String text = Files.readString(Path.of(input), StandardCharsets.UTF_8);
                sink.accept(new Article(input, null, null, text,
                        List.of(new TextBlock(text, new Span(0, text.length()), true, "whole file")),
                        null, null, null, null, "txt", Map.of()));
            } catch (IOException e) {
                sink.failed(input, "cannot read: " + e.getMessage());
            }
        }
    }
}
