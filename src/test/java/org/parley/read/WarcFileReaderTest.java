package org.parley.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.parley.model.Article;

/** A WARC as a crawler writes it (warcinfo, request, responses) read back: one article per HTML response. */
class WarcFileReaderTest {
    private static final String FIRST = "https://news.example/2023/04/16/putin-meets-li";
    private static final String SECOND = "https://news.example/2024/02/08/xi-calls-putin";

    @TempDir
    Path dir;

    @Test
    void htmlResponsesAreReadWithTheirTargetUris() throws IOException {
        for (WarcCompression compression : WarcCompression.values()) {
            Path warc = dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
            try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE), compression)) {
                writer.write(new Warcinfo.Builder().filename(warc.getFileName().toString())
                        .fields(Map.of("software", List.of("parley-test"))).build());
                writer.write(new WarcRequest.Builder(URI.create(FIRST))
                        .body(new HttpRequest.Builder("GET", "/2023/04/16/putin-meets-li")
                                .addHeader("Host", "news.example").build()).build());
                writer.write(response(FIRST, "text/html; charset=utf-8", page("Putin meets Li Shangfu",
                        "Russian President Vladimir Putin met Chinese Defence Minister Li Shangfu on Sunday.")));
                writer.write(response(SECOND, "text/html", page("Xi calls Putin",
                        "Chinese President Xi Jinping held a phone call with Vladimir Putin on Thursday.")));
                writer.write(response("https://news.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P'}));
            }
            CollectingSink sink = new CollectingSink();
            ArticleSources.read(List.of(warc.toString()), sink);
            assertEquals(Map.of(), sink.failures, compression.toString());
            assertEquals(List.of(warc + "#3", warc + "#4"), sink.locators());
            assertEquals(List.of(FIRST, SECOND), sink.articles.stream().map(Article::url).toList());
            Article first = sink.articles.get(0);
            assertEquals("warc", first.format());
            assertEquals("Putin meets Li Shangfu", first.title());
            assertEquals(List.of("Russian President Vladimir Putin met Chinese Defence Minister Li Shangfu on Sunday."),
                    first.keptBlocks().stream().map(b -> b.text()).toList());
            assertEquals("2023-04-16", first.published().date().toString(), "from the URL, as a last resort");
        }
    }

    @Test
    void aWarcWithoutPagesIsReported() throws IOException {
        Path warc = dir.resolve("images.warc");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.NONE)) {
            writer.write(new Warcinfo.Builder().build());
            writer.write(response("https://news.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P'}));
        }
        CollectingSink sink = new CollectingSink();
        ArticleSources.read(List.of(warc.toString()), sink);
        assertTrue(sink.articles.isEmpty());
        assertEquals("no HTML or text responses among its 2 WARC records", sink.failures.get(warc.toString()));
    }

    private static WarcResponse response(String uri, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(uri)).body(http).build();
    }

    private static byte[] page(String title, String paragraph) {
        return ("<!DOCTYPE html><html><head><title>" + title + "</title></head><body><nav><a href=\"/\">Home</a>"
                + "</nav><article><h1>" + title + "</h1><p>" + paragraph + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
