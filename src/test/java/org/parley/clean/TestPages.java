package org.parley.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.parley.model.Article;
import org.parley.model.TextBlock;

/** The test pages under src/test/resources/pages, cleaned, and the article text known to be right for them. */
final class TestPages {
    static final List<String> SEEDS = List.of("000_1503eeac827fc41c.txt", "001_48f0e84db26fcf66.txt",
            "002_5e372c3b2eb58570.txt", "003_0aef0a5412f6252d.txt", "004_a04b18cd3a7555b9.txt");
    static final List<String> HTML = List.of("semantic-layout.html", "div-layout.html", "time-element.html");
    /** Pages written after the rules were tuned on the seeds and the pages above, to measure them fairly. */
    static final List<String> HELD_OUT = List.of("wordpress-theme.html", "syndicated-feed.txt");

    private TestPages() {
    }

    static Path path(String name) {
        URL url = TestPages.class.getResource("/pages/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test page " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cleans a page: HTML by its extension, plain text otherwise. */
    static Article article(String name) {
        boolean html = name.endsWith(".html");
        return ArticleCleaner.clean(new Page(name, html ? "html" : "txt", html ? Page.Markup.HTML : Page.Markup.TEXT,
                text(name), Page.Supplied.NONE));
    }

    static Article seed(String prefix) {
        return article("seeds/" + SEEDS.stream().filter(s -> s.startsWith(prefix)).findFirst().orElseThrow());
    }

    /** The article's paragraphs as known to be right: gold/DIR/NAME with the extension .txt, blank-line separated. */
    static List<String> goldParagraphs(String dir, String name) {
        String gold = text("gold/" + dir + "/" + name.replaceFirst("\\.html$", ".txt"));
        return Arrays.stream(gold.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    static String keptText(Article a) {
        return a.keptBlocks().stream().map(TextBlock::text).collect(Collectors.joining("\n"));
    }
}
