package org.parley.suite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A folder of hostile inputs mixed with good articles, written at test time (nothing large is committed): empty,
 * binary, 50 MB, invalid UTF-8, truncated gzip and WARC, broken JSON Lines, HTML nested 10,000 deep, 1 MB lines, a
 * symbolic link loop, an XML external entity, a WARC of images. Each bad input is listed with what its error must
 * say; each good article with its locator.
 *
 * @param good   the locators of the articles that must be stored
 * @param errors for each input (or record) that must fail, a part of its one-line error
 */
public record BadInputs(List<String> good, Map<String, String> errors) {
    private static final String[] LEADERS = {"Vladimir Putin", "Xi Jinping", "Narendra Modi", "Emmanuel Macron",
            "Olaf Scholz", "Recep Tayyip Erdogan"};
    private static final String[] PLACES = {"Moscow", "Beijing", "New Delhi", "Paris", "Berlin", "Ankara"};

    /** Writes the corpus into an empty folder. */
    public static BadInputs write(Path dir) throws IOException {
        Builder corpus = new Builder(dir);
        for (int i = 0; i < 3; i++) {
            corpus.good("good-" + i + ".txt", story(i).getBytes(StandardCharsets.UTF_8));
        }
        corpus.good("good-page.html", page(3));
        corpus.bad("empty.txt", new byte[0], "empty input");
        byte[] binary = new byte[4096];
        new Random(14).nextBytes(binary);
        binary[0] = 0;
        corpus.bad("binary.html", binary, "cannot read binary data");
        corpus.bad("large.txt", (story(0) + "\n").repeat((50 << 20) / story(0).length() + 1)
                .getBytes(StandardCharsets.UTF_8), "larger than 20 MB");
        corpus.bad("invalid-utf8.txt", invalidUtf8(), "not valid UTF-8");
        corpus.bad("deep.html", ("<html><body>" + "<div>".repeat(10_000) + "<p>" + story(1) + "</p>"
                + "</div>".repeat(10_000) + "</body></html>").getBytes(StandardCharsets.UTF_8), "nested more than");
        corpus.bad("long-line.txt", ("Talks\n\n" + "and the talks went on ".repeat(50_000) + "\n")
                .getBytes(StandardCharsets.UTF_8), "characters of text without a break");
        corpus.bad("xxe.xhtml", ("<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<html><body><p>" + story(2) + " &xxe;</p></body></html>").getBytes(StandardCharsets.UTF_8),
                "declares entities");
        byte[] truncatedGzip = gzip(story(4).repeat(20).getBytes(StandardCharsets.UTF_8));
        corpus.bad("truncated.txt.gz", Arrays.copyOf(truncatedGzip, truncatedGzip.length / 2), "breaks off");
        byte[] two = warc(2, 5);
        byte[] three = warc(3, 5);
        corpus.file("truncated.warc.gz", Arrays.copyOf(three, two.length + (three.length - two.length) / 2));
        corpus.goodRecord("truncated.warc.gz", 1);
        corpus.goodRecord("truncated.warc.gz", 2);
        corpus.badRecord("truncated.warc.gz", 3, "the WARC file breaks off inside record 3");
        corpus.bad("images.warc.gz", images(), "no HTML or text responses");
        corpus.file("feed.jsonl", feed());
        corpus.goodRecord("feed.jsonl", 1);
        corpus.badRecord("feed.jsonl", 2, "invalid JSON");
        corpus.badRecord("feed.jsonl", 3, "missing field \"text\" or \"html\"");
        corpus.badRecord("feed.jsonl", 4, "not valid UTF-8");
        corpus.goodRecord("feed.jsonl", 5);
        Files.createDirectories(dir.resolve("loop"));
        Files.createSymbolicLink(dir.resolve("loop/again"), dir.resolve("loop"));
        corpus.errors.put(dir.resolve("loop/again").toString(), "symbolic link loop");
        return new BadInputs(corpus.good, corpus.errors);
    }

    private static String story(int i) {
        String a = LEADERS[i % LEADERS.length];
        String b = LEADERS[(i + 1) % LEADERS.length];
        return PLACES[i % PLACES.length] + ", 1" + i + " March 2024 -- " + a + " met " + b + " in "
                + PLACES[i % PLACES.length] + " on Tuesday, officials said. The two leaders discussed trade.";
    }

    private static byte[] page(int i) {
        return ("<!DOCTYPE html><html><head><title>Talks " + i + "</title></head><body><nav><a href=\"/\">Home</a>"
                + "</nav><article><h1>Talks " + i + "</h1><p>" + story(i) + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("“" + story(5) + "”\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'O', 'n', ' ', (byte) 0xC3, '(', ' ', (byte) 0xE2, (byte) 0x82, '\n'});
        return bytes.toByteArray();
    }

    private static byte[] feed() {
        ByteArrayOutputStream feed = new ByteArrayOutputStream();
        feed.writeBytes(("{\"url\": \"https://news.example/feed/1\", \"text\": \"" + story(0) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        feed.writeBytes("{\"text\": \"an unclosed string}\n".getBytes(StandardCharsets.UTF_8));
        feed.writeBytes("{\"title\": \"no text at all\"}\n".getBytes(StandardCharsets.UTF_8));
        feed.writeBytes("{\"text\": \"bad bytes \u00e9".getBytes(StandardCharsets.UTF_8));
        feed.writeBytes(new byte[] {(byte) 0xFF, '"', '}', '\n'});
        feed.writeBytes(("{\"url\": \"https://news.example/feed/5\", \"text\": \"" + story(1) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        return feed.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** A gzip WARC of HTML responses, stories {@code from}, {@code from + 1}, ... */
    private static byte[] warc(int records, int from) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
            for (int i = 0; i < records; i++) {
                writer.write(response("https://news.example/warc/" + (from + i), "text/html", page(from + i)));
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] images() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
            writer.write(response("https://news.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N'}));
            writer.write(response("https://news.example/data.json", "application/json", "{}".getBytes()));
        }
        return bytes.toByteArray();
    }

    private static WarcResponse response(String uri, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(uri)).body(http).build();
    }

    private static final class Builder {
        final Path dir;
        final List<String> good = new ArrayList<>();
        final Map<String, String> errors = new LinkedHashMap<>();

        Builder(Path dir) {
            this.dir = dir;
        }

        void file(String name, byte[] bytes) throws IOException {
            Files.write(dir.resolve(name), bytes);
        }

        void good(String name, byte[] bytes) throws IOException {
            file(name, bytes);
            good.add(dir.resolve(name).toString());
        }

        void bad(String name, byte[] bytes, String error) throws IOException {
            file(name, bytes);
            errors.put(dir.resolve(name).toString(), error);
        }

        void goodRecord(String name, int record) {
            good.add(dir.resolve(name) + "#" + record);
        }

        void badRecord(String name, int record, String error) {
            errors.put(dir.resolve(name) + "#" + record, error);
        }
    }
}
