package org.parley.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing in a folder is left out without a word: what is not read is an error or a note, never silence. */
class FolderWalkTest {
    private static final String STORY = "Vladimir Putin met Xi Jinping in Moscow on Tuesday, the Kremlin said.\n";

    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private Path gzip(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private CollectingSink walk() {
        CollectingSink sink = new CollectingSink();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ArticleSources.read(List.of(dir.toString()), sink));
        return sink;
    }

    private String at(String relative) {
        return dir.resolve(relative).toString();
    }

    @Test
    void compressedArticlesInAFolderAreReadOrReported() throws IOException {
        gzip("a/story.txt.gz", STORY);
        gzip("b/feed.jsonl.gz", "{\"text\": \"" + STORY.strip() + "\"}\n");
        write("c/feed.jsonl.bz2", "BZh91AY&SY");
        write("c/archive.tar.gz", "not read");
        CollectingSink sink = walk();
        assertEquals(List.of(at("a/story.txt.gz"), at("b/feed.jsonl.gz") + "#1"), sink.locators());
        assertEquals(Map.of(at("c/feed.jsonl.bz2"), "compressed as .bz2, which Parley does not read (only gzip); "
                + "decompress it first"), sink.failures);
        assertEquals("not an article file (.txt, .md, .html, .jsonl or .warc, optionally .gz)",
                sink.skipped.get(at("c/archive.tar.gz")));
    }

    @Test
    void symbolicLinksAreFollowedAndLoopsAndBrokenLinksReported() throws IOException {
        write("real/story.txt", STORY);
        Files.createSymbolicLink(dir.resolve("real/loop"), dir.resolve("real"));
        Files.createSymbolicLink(dir.resolve("linked.txt"), dir.resolve("real/story.txt"));
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        CollectingSink sink = walk();
        assertEquals(List.of(at("linked.txt"), at("real/story.txt")), sink.locators());
        assertEquals(Map.of(at("gone.txt"), "a broken symbolic link (what it points to does not exist)",
                at("real/loop"), "cannot read: a symbolic link loop (it leads back to a folder that contains it); "
                        + "not followed"), sink.failures);
    }

    @Test
    void whatIsNotReadIsNoted() throws IOException {
        write("story.txt", STORY);
        write(".hidden.txt", STORY);
        write(".git/HEAD.txt", STORY);
        write("photo.jpg", "not an article");
        CollectingSink sink = walk();
        assertEquals(List.of(at("story.txt")), sink.locators());
        assertEquals(Map.of(), sink.failures);
        assertEquals(Map.of(dir.toString(), "2 hidden entries (names starting with '.') not read",
                at("photo.jpg"), "not an article file (.txt, .md, .html, .jsonl or .warc, optionally .gz)"),
                sink.skipped);
    }

    /** A named pipe would block a reader for ever: it is noted and left alone. */
    @Test
    void aPipeInAFolderIsNotOpened() throws Exception {
        write("story.txt", STORY);
        Path pipe = dir.resolve("pipe.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo failed");
        CollectingSink sink = walk();
        assertEquals(List.of(at("story.txt")), sink.locators());
        assertTrue(sink.skipped.get(at("pipe.txt")).startsWith("not a regular file"), sink.skipped.toString());
    }
}
