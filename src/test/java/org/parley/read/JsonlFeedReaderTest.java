package org.parley.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.PartialDate;

class JsonlFeedReaderTest {
    @TempDir
    Path dir;

    @Test
    void goodLinesAreReadAndBadLinesReportedByLineNumber() throws IOException {
        String feed = String.join("\n",
                "{\"url\": \"https://news.example/a\", \"title\": \"Putin meets Li\", \"published\": \"2023-04-16\","
                        + " \"outlet\": \"News Example\", \"agency\": \"Press Trust of India\", \"lang\": \"en\","
                        + " \"text\": \"Moscow, Apr 16 (PTI) Russian President Vladimir Putin met Chinese Defence "
                        + "Minister Li Shangfu on Sunday.\"}",
                "{\"url\": \"https://news.example/b\", \"text\": \"broken",
                "{\"url\": \"https://news.example/c\", \"title\": \"No body\"}",
                "",
                "{\"url\": \"https://news.example/d\", \"published\": \"2024-02-08T21:30:00+08:00\", \"html\": "
                        + "\"<html><body><article><h1>Xi calls Putin</h1><p>Chinese President Xi Jinping held a "
                        + "phone call with Vladimir Putin on Thursday, CCTV said.</p></article></body></html>\"}",
                "{\"text\": \"Putin met Xi in the Kremlin on Tuesday, officials said.\", \"published\": \"yesterday\"}",
                "[1, 2, 3]",
                "{\"text\": 42}");
        Path file = Files.writeString(dir.resolve("feed.jsonl"), feed + "\n", StandardCharsets.UTF_8);
        String f = file.toString();
        CollectingSink sink = new CollectingSink();
        ArticleSources.read(List.of(f), sink);

        assertEquals(List.of(f + "#1", f + "#5"), sink.locators());
        assertTrue(sink.failures.get(f + "#2").startsWith("line 2: invalid JSON"), sink.failures.get(f + "#2"));
        assertEquals("line 3: missing field \"text\" or \"html\"", sink.failures.get(f + "#3"));
        assertEquals("line 6: field \"published\" is not an ISO 8601 date: \"yesterday\"", sink.failures.get(f + "#6"));
        assertTrue(sink.failures.get(f + "#7").startsWith("line 7: invalid JSON"));
        assertEquals("line 8: field \"text\" is not a string", sink.failures.get(f + "#8"));
        assertEquals(5, sink.failures.size());

        Article first = sink.articles.get(0);
        assertEquals("https://news.example/a", first.url());
        assertEquals("Putin meets Li", first.title());
        assertEquals(new PartialDate(2023, 4, 16), first.published().date());
        assertEquals("jsonl", first.published().method());
        assertNull(first.published().source());
        assertEquals("News Example", first.outlet());
        assertEquals("PTI", first.agency());
        assertEquals("en", first.metadata().get("lang"));
        assertEquals("jsonl", first.format());
        assertTrue(first.sourceText().startsWith("Moscow, Apr 16 (PTI) Russian President"),
                "offsets point into the text field's value");
        assertEquals(0, first.keptBlocks().get(0).source().start());

        Article html = sink.articles.get(1);
        assertEquals(new PartialDate(2024, 2, 8), html.published().date(), "the date as written, not moved to UTC");
        assertEquals("Xi calls Putin", html.title());
        assertTrue(html.sourceText().startsWith("<html>"));
        assertEquals(1, html.keptBlocks().size());
    }
}
