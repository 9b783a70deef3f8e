package org.parley.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.model.Article;

/**
 * Containers keep what is whole: a WARC, JSON Lines or gzip input that breaks off keeps every complete record before
 * the damage and reports the damage once; bad content fails alone, with a reason.
 */
class DamagedInputsTest {
    private static final InputLimits SMALL = new InputLimits(64 * 1024, 100_000, Duration.ofSeconds(60));

    @TempDir
    Path dir;

    private static String story(int i) {
        return "Vladimir Putin met Xi Jinping in Moscow on Tuesday, the Kremlin said in statement " + i + ".";
    }

    private static byte[] warc(WarcCompression compression, int records) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), compression)) {
            for (int i = 1; i <= records; i++) {
                byte[] page = ("<html><body><article><h1>Talks " + i + "</h1><p>" + story(i) + "</p></article></body>"
                        + "</html>").getBytes(StandardCharsets.UTF_8);
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), page)
                        .build();
                writer.write(new WarcResponse.Builder(URI.create("https://news.example/" + i)).body(http).build());
            }
        }
        return bytes.toByteArray();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** Cut inside the third record: in its payload, past the two whole records before it. */
    private static byte[] cutInsideTheThird(WarcCompression compression) throws IOException {
        byte[] two = warc(compression, 2);
        byte[] three = warc(compression, 3);
        return Arrays.copyOf(three, two.length + (three.length - two.length) / 2);
    }

    private static CollectingSink read(Path file) {
        CollectingSink sink = new CollectingSink();
        ArticleSources.read(List.of(file.toString()), sink, SMALL);
        return sink;
    }

    @Test
    void aTruncatedWarcKeepsItsWholeRecordsAndReportsTheBrokenOneOnce() throws IOException {
        for (WarcCompression compression : WarcCompression.values()) {
            Path file = write(compression == WarcCompression.GZIP ? "cut.warc.gz" : "cut.warc",
                    cutInsideTheThird(compression));
            CollectingSink sink = read(file);
            assertEquals(List.of(file + "#1", file + "#2"), sink.locators(), compression.toString());
            assertEquals(List.of(file + "#3"), List.copyOf(sink.failures.keySet()), sink.failures.toString());
            String message = sink.failures.get(file + "#3");
            assertTrue(message.startsWith("the WARC file breaks off inside record 3"), message);
            assertTrue(message.endsWith("the 2 records before it were read"), message);
        }
    }

    @Test
    void aTruncatedGzipFeedKeepsTheLinesBeforeTheDamage() throws IOException {
        StringBuilder feed = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            feed.append("{\"url\": \"https://news.example/").append(i).append("\", \"text\": \"").append(story(i))
                    .append("\"}\n");
        }
        byte[] whole = gzip(feed.toString().getBytes(StandardCharsets.UTF_8));
        Path file = write("feed.jsonl.gz", Arrays.copyOf(whole, whole.length * 2 / 3));
        CollectingSink sink = read(file);
        int kept = sink.articles.size();
        assertTrue(kept >= 10 && kept < 40, "the whole lines before the damage: " + kept);
        assertEquals(List.of(file + "#" + (kept + 1)), List.copyOf(sink.failures.keySet()), sink.failures.toString());
        assertTrue(sink.failures.get(file + "#" + (kept + 1)).contains("the " + kept + " lines before it were read"));
    }

    @Test
    void aTruncatedGzipArticleIsReportedAsTruncated() throws IOException {
        byte[] whole = gzip(("A headline\n\n" + story(1) + "\n").repeat(30).getBytes(StandardCharsets.UTF_8));
        Path file = write("story.txt.gz", Arrays.copyOf(whole, whole.length / 2));
        CollectingSink sink = read(file);
        assertTrue(sink.articles.isEmpty());
        assertTrue(sink.failures.get(file.toString()).startsWith("the gzip data breaks off"), sink.failures.toString());
    }

    @Test
    void badLinesOfAFeedFailAloneAndTheOthersAreRead() throws IOException {
        ByteArrayOutputStream feed = new ByteArrayOutputStream();
        feed.writeBytes(("{\"text\": \"" + story(1) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        feed.writeBytes("{\"text\": \"broken: \u00e9".getBytes(StandardCharsets.UTF_8));
        feed.writeBytes(new byte[] {(byte) 0xC3, '"', '}', '\n'});
        feed.writeBytes(("[".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8));
        feed.writeBytes(("{\"text\": \"" + "x".repeat(70_000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        feed.writeBytes("{\"text\": \"no end\n".getBytes(StandardCharsets.UTF_8));
        feed.writeBytes(("{\"text\": \"" + story(6) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        Path file = write("feed.jsonl", feed.toByteArray());
        CollectingSink sink = read(file);
        assertEquals(List.of(file + "#1", file + "#6"), sink.locators());
        assertEquals(List.of(file + "#2", file + "#3", file + "#4", file + "#5"), List.copyOf(sink.failures.keySet()));
        assertTrue(sink.failures.get(file + "#2").startsWith("line 2: not valid UTF-8"), sink.failures.toString());
        assertTrue(sink.failures.get(file + "#4").startsWith("line 4: the line is larger than 64 KB"),
                sink.failures.toString());
        sink.failures.values().forEach(m -> assertFalse(m.contains("Exception") || m.contains("Error"), m));
    }

    @Test
    void damagedUtf8IsRefusedAndLegacyTextStillRead() throws IOException {
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        damaged.writeBytes("“Talks in Moscow”\n\nThe minister’s visit went well.\n".getBytes(StandardCharsets.UTF_8));
        damaged.writeBytes(new byte[] {'a', (byte) 0xE2, (byte) 0x80, ' ', 'b', (byte) 0xFF, '\n'});
        Path broken = write("damaged.txt", damaged.toByteArray());
        Path latin = write("latin.txt", "Le président a rencontré Xi Jinping à Moscou.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        CollectingSink sink = new CollectingSink();
        ArticleSources.read(List.of(broken.toString(), latin.toString()), sink, SMALL);
        assertEquals(List.of(latin.toString()), sink.locators());
        assertEquals("not valid UTF-8: 2 broken byte sequences, the first at byte offset 58 (line 4); save it as UTF-8 again",
                sink.failures.get(broken.toString()));
    }

    @Test
    void anArticleLargerThanTheLimitIsRefusedUnread() throws IOException {
        Path large = write("large.html", ("<p>" + story(1) + "</p>\n").repeat(1000).getBytes(StandardCharsets.UTF_8));
        Path bomb = write("bomb.txt.gz", gzip("a".repeat(10 << 20).getBytes(StandardCharsets.US_ASCII)));
        CollectingSink sink = new CollectingSink();
        ArticleSources.read(List.of(large.toString(), bomb.toString()), sink, SMALL);
        assertTrue(sink.articles.isEmpty());
        assertEquals(Map.of(large.toString(), "the file is larger than 64 KB, the limit per article "
                        + "(--max-article-size)", bomb.toString(), "the file is larger than 64 KB, the limit per "
                        + "article (--max-article-size)"), sink.failures);
    }

    /** An XML external entity is never expanded: the page is refused, and nothing of the file it names is read. */
    @Test
    void aPageThatDeclaresEntitiesIsRefused() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET-CONTENT\n".getBytes(StandardCharsets.UTF_8));
        String page = "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n  <!ENTITY xxe SYSTEM \"file://" + secret + "\">\n"
                + "]>\n<html><body><article><p>" + story(1) + " &xxe;</p></article></body></html>\n";
        Path xxe = write("xxe.xhtml", page.getBytes(StandardCharsets.UTF_8));
        CollectingSink sink = read(xxe);
        assertTrue(sink.articles.isEmpty());
        assertTrue(sink.failures.get(xxe.toString()).startsWith("the page's DOCTYPE declares entities"),
                sink.failures.toString());
        assertFalse(sink.failures.toString().contains("TOP-SECRET"));
    }

    @Test
    void aWarcWithoutPagesAmongOtherRecordsIsOneError() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
            for (String type : List.of("image/png", "application/pdf", "application/json")) {
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), new byte[] {1, 2})
                        .build();
                writer.write(new WarcResponse.Builder(URI.create("https://news.example/x")).body(http).build());
            }
        }
        Path file = write("media.warc.gz", bytes.toByteArray());
        CollectingSink sink = read(file);
        assertEquals(Map.of(file.toString(), "no HTML or text responses among its 3 WARC records"), sink.failures);
        assertEquals(List.<Article>of(), sink.articles);
    }
}
