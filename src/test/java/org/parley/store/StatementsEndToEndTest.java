package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.eval.GoldScorer;

/**
 * Statements as a user gets them from the contract query and who-quoted-whom, over the sample pages, the project's
 * annotated articles and its own statement articles (src/test/resources/statements, one per kind of page: wire
 * quotations, a readout, a briefing, a TV transcript, a live blog, an analysis, a press statement).
 */
class StatementsEndToEndTest {
    private static final List<String> FOLDERS = List.of("samples", "src/test/resources/articles", "src/test/resources/statements");
    private static final List<String> CONTRACT = List.of("statement", "speakerLabel", "speakerWikidata", "quote", "date", "source");
    /** A verb of saying that opens a quotation's words: "said both sides …", "told Putin that …", "added that …". */
    private static final Pattern OPENS_WITH_VERB = Pattern.compile(
            "(?i)^(?:said|says|told|tells|added|adds|stressed|noted|stated|wrote|reported|quoted|according to)\\b.*");
    /** An attribution closing the words: "…, CCTV reported", "…, he said", "…, according to TASS", "…, the statement read". */
    private static final Pattern ENDS_WITH_ATTRIBUTION = Pattern.compile(
            "(?is).*,\\s*(?:(?:[\\p{L}'’.-]+\\s+){0,5}(?:said|says|added|reported|quoted|told \\w+|stated|read|wrote)"
                    + "|according to [^,]+|as quoted by [^,]+)$");
    private static final Pattern QUOTATION_MARKS_AROUND = Pattern.compile("^[“”\"].*|.*[“\"]$");

    @TempDir
    static Path temp;
    private static ParleyStore store;
    private static List<Map<String, String>> rows;

    @BeforeAll
    static void ingest() throws InterruptedException, IOException {
        store = ParleyStore.open(temp.resolve("store"));
        store.ensureReferenceGraphs(ReferenceGraphs.standard());
        // The articles, not the gold files beside them.
        List<String> inputs = new java.util.ArrayList<>();
        for (String folder : FOLDERS) {
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of(folder))) {
                files.map(Path::toString).filter(f -> f.endsWith(".txt")).sorted().forEach(inputs::add);
            }
        }
        Ingestion.Summary summary = Ingestion.standard(store).run(inputs, new Ingestion.Listener() { });
        assertTrue(summary.failures().isEmpty(), summary.failures().toString());
        rows = GoldScorer.parseCsv(csv("statements.rq"), CONTRACT, "statements");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String csv(String query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsCSV(out, store.select(QueryFactory.read("queries/" + query), Map.of()));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theContractColumnsComeFirstAndUnchanged() {
        String header = csv("statements.rq").lines().findFirst().orElseThrow();
        assertTrue(header.startsWith(String.join(",", CONTRACT) + ","), header);
        assertTrue(header.contains("kind") && header.contains("channel") && header.contains("deliveredBy")
                && header.contains("addressee") && header.contains("contact"), header);
        assertEquals(rows.size(), rows.stream().map(r -> r.get("statement") + r.get("source")).distinct().count(),
                "one row per statement and reporting article");
    }

    @Test
    void directQuotationsAreTheWordsAloneAndReportedSpeechItsContent() {
        List<Map<String, String>> direct = rows.stream().filter(r -> r.get("kind").equals("direct")).toList();
        List<Map<String, String>> reported = rows.stream().filter(r -> r.get("kind").equals("reported")).toList();
        assertTrue(direct.size() >= 20 && reported.size() >= 40, direct.size() + " direct, " + reported.size() + " reported");
        for (Map<String, String> row : direct) {
            String quote = row.get("quote");
            assertFalse(OPENS_WITH_VERB.matcher(quote).matches(), "opens with a verb of saying: " + quote);
            assertFalse(ENDS_WITH_ATTRIBUTION.matcher(quote).matches(), "ends with its attribution: " + quote);
            assertFalse(QUOTATION_MARKS_AROUND.matcher(quote).matches(), "in quotation marks: " + quote);
            assertFalse(quote.endsWith(","), "a trailing comma: " + quote);
        }
        for (Map<String, String> row : reported) {
            String quote = row.get("quote");
            assertFalse(quote.matches("(?i)^(?:that|said|says|told|added)\\b.*"), "the verb or 'that' before the content: " + quote);
            assertFalse(ENDS_WITH_ATTRIBUTION.matcher(quote).matches(), "ends with its attribution: " + quote);
        }
    }

    @Test
    void theStatementArticlesScoreAsTheirGoldSays() throws IOException {
        GoldScorer.Scores s = GoldScorer.load(Path.of("src/test/resources/statements/gold.jsonl")).score(csv("contacts.rq"), csv("statements.rq"));
        assertTrue(s.statementRecall().value() >= 0.9, s.report());
        assertTrue(s.speakerAccuracy().value() >= 0.95, s.report());
    }

    /** "CCTV", "state broadcaster CCTV" and "China Central Television" are one channel, one row per speaker. */
    @Test
    void whoQuotedWhomCountsOneRowPerChannel() {
        List<Map<String, String>> channels = GoldScorer.parseCsv(csv("who-quoted-whom.rq"),
                List.of("speakerLabel", "channel", "statements", "articles"), "who-quoted-whom");
        Map<String, List<String>> xi = channels.stream().filter(r -> r.get("speakerLabel").equals("Xi Jinping"))
                .collect(Collectors.groupingBy(r -> r.get("channel"), Collectors.mapping(r -> r.get("statements"), Collectors.toList())));
        assertEquals(List.of("2"), xi.get("CCTV"), "the sample's two statements quoted by CCTV, however it is named: " + xi);
        assertTrue(xi.keySet().stream().noneMatch(c -> c.contains("CCTV") && !c.equals("CCTV")), xi.toString());
        Map<String, List<String>> wang = channels.stream().filter(r -> r.get("speakerLabel").equals("Wang Yi"))
                .collect(Collectors.groupingBy(r -> r.get("channel"), Collectors.mapping(r -> r.get("statements"), Collectors.toList())));
        assertEquals(List.of("3"), wang.get("CCTV"), "'China Central Television', 'the broadcaster', 'state broadcaster CCTV': " + wang);
        assertEquals(channels.size(), channels.stream().map(r -> r.get("speakerLabel") + "\t" + r.get("channel")).distinct().count());
        assertTrue(channels.stream().anyMatch(r -> r.get("channel").equals("Associated Press")),
                "a sample's agency credit '(AP)' under the gazetteer's name: " + channels);
    }

    @Test
    void theStoreWithStatementsOfBothKindsIsValid() {
        long violations = StoreValidation.violations(StoreValidation.validate(store, StoreValidation.standardShapes()));
        assertEquals(0, violations, () -> StoreValidation.format(StoreValidation.validate(store, StoreValidation.standardShapes()),
                StoreValidation.standardShapes()));
    }
}
