package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.Extraction;
import org.parley.read.InputLimits;
import org.parley.store.Ingestion.Failure;

/**
 * Nothing an input does can stall an ingest: whatever a stage throws, however deep a page nests, however long an
 * article's analysis runs, the run ends with its summary, the failures each on one line, and every good article
 * stored.
 */
class IngestionBoundsTest {
    /** Generous for these inputs, and never reached unless something hangs. */
    private static final Duration RUN_ENDS_WITHIN = Duration.ofSeconds(90);
    private static final Pattern JAVA_CLASS = Pattern.compile("\\b[A-Z][A-Za-z]+(Exception|Error)\\b|\\bjava\\.");

    @TempDir
    Path dir;

    private static final Function<Extraction, Graph> MAPPER = extraction -> TestStores.article(
            extraction.article().locator(), "Wang Yi", "Sergey Lavrov", "said in " + extraction.article().locator());

    private static Extraction nothing(Article article) {
        return new Extraction(article, List.of(), List.of(), List.of());
    }

    private String write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    private List<String> goodArticles(int count) throws IOException {
        List<String> good = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            good.add(write("good" + i + ".txt", "Wang Yi met Sergey Lavrov in Moscow, article " + i + ".\n"));
        }
        return good;
    }

    private Ingestion.Summary ingest(Ingestion ingestion, List<String> inputs) {
        return assertTimeoutPreemptively(RUN_ENDS_WITHIN, () -> ingestion.run(inputs, new Ingestion.Listener() { }));
    }

    private static Map<String, String> failures(Ingestion.Summary summary) {
        summary.failures().forEach(f -> {
            assertFalse(f.message().contains("\n"), "one line: " + f);
            assertFalse(JAVA_CLASS.matcher(f.message()).find(), "no Java class names: " + f);
        });
        return summary.failures().stream().collect(Collectors.toMap(Failure::locator, Failure::message));
    }

    @Test
    void aPageNestedTenThousandDeepFailsAloneAndTheRunEnds() throws Exception {
        List<String> good = goodArticles(3);
        String deep = write("deep.html", "<html><body>" + "<div>".repeat(10_000) + "<p>Deep down</p>"
                + "</div>".repeat(10_000) + "</body></html>");
        String deepInline = write("deep-inline.html", "<html><body><p>" + "<span>".repeat(10_000) + "Deep"
                + "</span>".repeat(10_000) + "</p></body></html>");
        List<String> inputs = new ArrayList<>(good);
        inputs.addAll(List.of(deep, deepInline));
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            Ingestion.Summary summary = ingest(new Ingestion(store, IngestionBoundsTest::nothing, MAPPER, 2), inputs);
            assertEquals(good.stream().sorted().toList(), store.locators());
            Map<String, String> failures = failures(summary);
            assertEquals(2, failures.size(), failures.toString());
            assertTrue(failures.get(deep).contains("nested more than"), failures.get(deep));
        }
    }

    @Test
    void whateverAStageThrowsIsThatArticlesFailure() throws Exception {
        List<String> good = goodArticles(4);
        String overflow = write("overflow.txt", "OVERFLOW in the analysis\n");
        String memory = write("memory.txt", "MEMORY runs out\n");
        String mapping = write("mapping.txt", "MAPPING hits an error\n");
        Function<Article, Extraction> extractor = article -> {
            if (article.sourceText().contains("OVERFLOW")) {
                throw new StackOverflowError();
            }
            if (article.sourceText().contains("MEMORY")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return nothing(article);
        };
        Function<Extraction, Graph> mapper = extraction -> {
            if (extraction.article().sourceText().contains("MAPPING")) {
                throw new AssertionError("unmapped kind of actor");
            }
            return MAPPER.apply(extraction);
        };
        List<String> inputs = new ArrayList<>(good);
        inputs.addAll(List.of(overflow, memory, mapping));
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            Ingestion.Summary summary = ingest(new Ingestion(store, extractor, mapper, 2), inputs);
            assertEquals(good.stream().sorted().toList(), store.locators());
            Map<String, String> failures = failures(summary);
            assertEquals(3, failures.size(), failures.toString());
            assertTrue(failures.get(overflow).startsWith("extraction failed: nested too deeply"), failures.toString());
            assertTrue(failures.get(memory).startsWith("extraction failed: out of memory"), failures.toString());
            assertEquals("mapping to RDF failed: unmapped kind of actor", failures.get(mapping));
            assertFalse(store.eventsStale());
        }
    }

    /** The analysis of one article spins and never looks at its interrupt: the run gives up on it and goes on. */
    @Test
    void anArticleOverTheTimeLimitIsAbandonedAndTheRestIsStored() throws Exception {
        List<String> good = goodArticles(6);
        String spinning = write("spinning.txt", "SPIN forever\n");
        CountDownLatch release = new CountDownLatch(1);
        Function<Article, Extraction> extractor = article -> {
            while (article.sourceText().contains("SPIN") && release.getCount() > 0) {
                Thread.onSpinWait();
            }
            return nothing(article);
        };
        List<String> inputs = new ArrayList<>(List.of(spinning));
        inputs.addAll(good);
        InputLimits oneSecond = new InputLimits(1 << 20, 1000, Duration.ofSeconds(1));
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            Ingestion.Summary summary = ingest(new Ingestion(store, extractor, MAPPER, 2, oneSecond), inputs);
            assertEquals(good.stream().sorted().toList(), store.locators());
            assertEquals(Map.of(spinning, "its reading and analysis took longer than 1 s, the time limit per article "
                    + "(--time-limit); abandoned"), failures(summary));
        } finally {
            release.countDown();
        }
    }

    @Test
    void anArticleWithAnOverlongLineIsRefused() throws Exception {
        List<String> good = goodArticles(2);
        String longLine = write("long-line.txt", "A title\n\n" + "word ".repeat(300) + "\n");
        List<String> inputs = new ArrayList<>(good);
        inputs.add(longLine);
        InputLimits shortLines = new InputLimits(1 << 20, 1000, Duration.ofSeconds(60));
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            Ingestion.Summary summary = ingest(new Ingestion(store, IngestionBoundsTest::nothing, MAPPER, 2,
                    shortLines), inputs);
            assertEquals(good.stream().sorted().toList(), store.locators());
            assertEquals(Map.of(longLine, "line 3 holds 1,499 characters of text without a break; the limit is 1,000 "
                    + "(--max-line-length)"), failures(summary));
        }
    }
}
