package org.parley.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;

class ArticleSourcesTest {
    private static final String STORY = "Vladimir Putin met Xi Jinping in Moscow on Tuesday, the Kremlin said.\n";
    private static final String PAGE = "<!DOCTYPE html><html><head><title>Talks</title></head><body><article>"
            + "<h1>Putin and Xi hold talks</h1><p>Vladimir Putin met Xi Jinping in Moscow on Tuesday, the Kremlin "
            + "said.</p></article></body></html>";

    @TempDir
    Path dir;

    @Test
    void directoryWalkTakesKnownFormatsInSortedOrderAndSkipsHiddenOnes() throws IOException {
        write("b.txt", STORY);
        write("a/page.html", PAGE);
        write("a/notes.md", STORY);
        write(".hidden.txt", STORY);
        write(".git/HEAD.txt", STORY);
        write("image.png", "not read in a walk");
        write("c.jsonl", "{\"url\": \"https://x.example/1\", \"text\": \"" + STORY.strip() + "\"}\n");
        CollectingSink sink = new CollectingSink();
        ArticleSources.read(List.of(dir.toString()), sink);
        assertEquals(List.of(dir.resolve("a/notes.md").toString(), dir.resolve("a/page.html").toString(),
                dir.resolve("b.txt").toString(), dir.resolve("c.jsonl") + "#1"), sink.locators());
        assertEquals(Map.of(), sink.failures);
        assertEquals(List.of("txt", "html", "txt", "jsonl"), sink.articles.stream().map(Article::format).toList());
    }

    @Test
    void relativePathsStayRelative() {
        CollectingSink sink = new CollectingSink();
        ArticleSources.read(List.of("src/test/resources/pages/dev"), sink);
        assertEquals(List.of("src/test/resources/pages/dev/001.txt", "src/test/resources/pages/dev/022.txt"),
                sink.locators());
    }

    @Test
    void badInputsFailAloneWithASpecificReason() throws IOException {
        Path png = write("photo.html", "");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Path nul = write("weird.txt", "");
        Files.write(nul, new byte[] {'a', 'b', 0, 0, 1, 2, 'c'});
        Path empty = write("empty.txt", "");
        Path fakeWarc = write("crawl.warc", "just some text\n");
        Path good = write("good.txt", STORY);
        CollectingSink sink = new CollectingSink();
        ArticleSources.read(List.of(png.toString(), nul.toString(), dir.resolve("missing.txt").toString(),
                empty.toString(), fakeWarc.toString(), good.toString()), sink);
        assertEquals(List.of(good.toString()), sink.locators());
        assertEquals("cannot read a PNG image; expected text, HTML, JSONL or WARC", sink.failures.get(png.toString()));
        assertTrue(sink.failures.get(nul.toString()).contains("binary data (NUL bytes)"));
        assertEquals("cannot read: no such file or directory",
                sink.failures.get(dir.resolve("missing.txt").toString()));
        assertEquals("empty input", sink.failures.get(empty.toString()));
        assertEquals("not a WARC file: it does not start with \"WARC/1.\"", sink.failures.get(fakeWarc.toString()));
    }

    @Test
    void aFileNamedExplicitlyIsTriedWhateverItsExtension() throws IOException {
        Path notes = write("notes.dat", STORY);
        Path saved = write("saved.txt", PAGE);
        CollectingSink sink = new CollectingSink();
        ArticleSources.read(List.of(notes.toString(), saved.toString()), sink);
        assertEquals(List.of("txt", "html"), sink.articles.stream().map(Article::format).toList(),
                "a .txt holding an HTML document is read as HTML");
        assertEquals("Putin and Xi hold talks", sink.articles.get(1).title());
    }

    @Test
    void standardInputIsSniffed() {
        CollectingSink sink = new CollectingSink();
        ArticleSources.read("-", new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)), sink);
        ArticleSources.read("-", new ByteArrayInputStream(
                ("{\"text\": \"" + STORY.strip() + "\"}\n").getBytes(StandardCharsets.UTF_8)), sink);
        ArticleSources.read("-", new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)), sink);
        assertEquals(List.of("html", "jsonl", "txt"), sink.articles.stream().map(Article::format).toList());
        assertEquals(List.of("-", "-#1", "-"), sink.locators());
    }

    @Test
    void gzipCompressedInputIsReadThrough() throws IOException {
        Path gz = dir.resolve("story.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(STORY.getBytes(StandardCharsets.UTF_8));
        }
        CollectingSink sink = new CollectingSink();
        ArticleSources.read(List.of(gz.toString()), sink);
        assertEquals(1, sink.articles.size());
        assertEquals(STORY.strip(), sink.articles.get(0).keptBlocks().get(0).text());
    }

    @Test
    void latin1TextIsDecoded() throws IOException {
        Path file = dir.resolve("latin.txt");
        Files.write(file, "Le président russe a rencontré Xi Jinping à Moscou mardi, selon le Kremlin.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        CollectingSink sink = new CollectingSink();
        ArticleSources.read(List.of(file.toString()), sink);
        assertTrue(sink.articles.get(0).sourceText().startsWith("Le président russe a rencontré"));
    }

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
