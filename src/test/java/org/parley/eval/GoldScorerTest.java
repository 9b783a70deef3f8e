package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldScorerTest {

    private static final String NS = "https://w3id.org/parley/ns#";
    private static final String CONTACT_HEADER = "event,type,date,placeLabel,participantLabel,participantWikidata,source";
    private static final String STATEMENT_HEADER = "statement,speakerLabel,speakerWikidata,quote,date,source";
    private static final Path PROJECT_GOLD = Path.of("src/test/resources/articles/gold.jsonl");

    /** A call, a three-person meeting with a place, a month-precision meeting, an optional visit, statements. */
    private static final String SMALL_GOLD = """
            {"file":"a.txt","doc_date":"2024-03-05","contacts":[\
            {"type":"PhoneCall","participants":["Recep Tayyip Erdoğan|Tayyip Erdogan","Ebrahim Raisi"],"date":"2024-03-04","place":null},\
            {"type":"Meeting","participants":["Vladimir Putin (Q7747)","Sergei Shoigu|Sergey Shoigu","Li Shangfu"],"date":"2023-04-16","place":"Moscow"},\
            {"type":"Meeting","participants":["Recep Tayyip Erdoğan|Tayyip Erdogan","Ebrahim Raisi"],"date":"2024-01","place":"Ankara"},\
            {"optional":true,"type":"Visit","participants":["Ebrahim Raisi"],"date":"2024-01","place":"Ankara"}],\
            "statements":[{"speaker":"Recep Tayyip Erdoğan|Tayyip Erdogan","quote_contains":"Turkey will continue its efforts"},\
            {"speaker":"Yury Ushakov|Yuri Ushakov","quote_contains":"the tone was rather balanced"}],"notes":""}
            {"file":"b.txt","doc_date":null,"contacts":[{"type":"Visit","participants":["Xi Jinping (Q15031)"],"date":null,"place":"Russia"}],\
            "statements":[{"speaker":"Jiang Bin","quote_contains":"stands ready to work with the Russian side"}],"notes":""}
            """;

    @TempDir
    static Path tmp;
    private static GoldScorer small;

    @BeforeAll
    static void loadSmallGold() throws IOException {
        small = GoldScorer.load(Files.writeString(tmp.resolve("gold.jsonl"), SMALL_GOLD));
    }

    // ------------------------------------------------------------------ the perfect prediction

    @Test
    void oraclePredictionOfTheProjectGoldScoresOne() throws IOException {
        GoldScorer.Scores s = assertPerfect(GoldScorer.load(PROJECT_GOLD));
        // every contact the project's articles report more than once carries a gold "id", hence one oracle IRI
        assertTrue(s.multiSource() >= 2, s.report());
        assertEquals(s.multiSource(), s.merged(), s.report());
    }

    @Test
    void oraclePredictionOfTheSharedCorporaScoresOne() throws IOException {
        // Copies of the shared corpora's gold files: the project does not reach outside itself.
        Path seeds = Path.of("src/test/resources/gold/seeds.jsonl"), dev = Path.of("src/test/resources/gold/dev.jsonl");
        GoldScorer.Scores s = assertPerfect(GoldScorer.load(seeds));
        assertEquals(List.of(1, 1), List.of(s.merged(), s.multiSource()), s.report());
        // dev has no ids: its repeated contacts group by type, participants and date, and the oracle gives
        // each article's contact its own IRI
        GoldScorer.Scores d = assertPerfect(GoldScorer.load(dev));
        assertEquals(List.of(0, 10), List.of(d.merged(), d.multiSource()), d.report());
    }

    private static GoldScorer.Scores assertPerfect(GoldScorer scorer) {
        GoldScorer.Scores s = scorer.score(oracleContacts(scorer), oracleStatements(scorer));
        String why = s.report();
        assertEquals(1.0, s.contacts().f1(), why);
        assertEquals(0, s.contacts().fp(), why);
        assertEquals(1.0, s.dateAccuracy().value(), why);
        assertEquals(1.0, s.placeAccuracy().value(), why);
        assertEquals(1.0, s.participantPrecision().value(), why);
        assertEquals(1.0, s.participantRecall().value(), why);
        assertEquals(1.0, s.statementRecall().value(), why);
        assertEquals(1.0, s.speakerAccuracy().value(), why);
        assertTrue(s.findings().stream().allMatch(f -> f.startsWith("NOT MERGED")), why);
        return s;
    }

    /** What oracle.py writes: the contacts CSV a perfect extractor would produce, with quoting put to the test. */
    private static String oracleContacts(GoldScorer scorer) {
        StringBuilder csv = new StringBuilder(CONTACT_HEADER).append("\r\n");
        List<GoldScorer.GoldArticle> gold = scorer.gold();
        for (int i = 0; i < gold.size(); i++) {
            for (GoldScorer.GoldContact c : gold.get(i).contacts()) {
                String event = "urn:ev:" + (c.id().isEmpty() ? i + "-" + c.index() : c.id());
                for (GoldScorer.GoldName n : c.participants()) {
                    csv.append(row(event, NS + c.type(), c.date(), c.place(), n.display(), "", "dir/" + c.file()));
                }
            }
        }
        return csv.toString();
    }

    private static String oracleStatements(GoldScorer scorer) {
        StringBuilder csv = new StringBuilder(STATEMENT_HEADER).append("\r\n");
        int k = 0;
        for (GoldScorer.GoldArticle a : scorer.gold()) {
            for (GoldScorer.GoldStatement s : a.statements()) {
                csv.append(row("urn:st:" + k++, s.speaker().display(), "",
                        "He said, \"" + s.quote() + "\",\nand more", "", a.file()));
            }
        }
        return csv.toString();
    }

    private static String row(String... fields) {
        return List.of(fields).stream()
                .map(f -> f.chars().anyMatch(ch -> "\",\r\n".indexOf(ch) >= 0) ? "\"" + f.replace("\"", "\"\"") + "\"" : f)
                .collect(Collectors.joining(",")) + "\r\n";
    }

    // ------------------------------------------------------------------ each error lowers its own figure

    private static List<String> perfectContactRows() {
        List<String> rows = new ArrayList<>();
        rows.addAll(contact("urn:e1", "PhoneCall", "2024-03-04", "", "corpus/a.txt", "Recep Tayyip Erdoğan", "Ebrahim Raisi"));
        rows.addAll(contact("urn:e2", "Meeting", "2023-04-16", "Moscow", "corpus/a.txt", "Vladimir Putin", "Sergei Shoigu", "Li Shangfu"));
        rows.addAll(contact("urn:e3", "Meeting", "2024-01-24", "Ankara", "corpus/a.txt", "Tayyip Erdogan", "Raisi"));
        rows.addAll(contact("urn:e4", "Visit", "", "Moscow, Russia", "/abs/b.txt", "Xi Jinping"));
        return rows;
    }

    private static List<String> perfectStatementRows() {
        return new ArrayList<>(List.of(
                row("urn:s1", "Recep Tayyip Erdoğan", "", "Turkey will continue its efforts for peace.", "", "a.txt"),
                row("urn:s2", "Yury Ushakov", "", "\u201cThe tone was rather balanced, and business-like\u201d", "", "a.txt"),
                row("urn:s3", "Jiang Bin", "", "The military stands ready to work with the Russian\nside", "", "b.txt")));
    }

    private static List<String> contact(String event, String type, String date, String place, String source, String... names) {
        return List.of(names).stream().map(n -> row(event, NS + type, date, place, n, "", source)).toList();
    }

    private static GoldScorer.Scores score(List<String> contacts, List<String> statements) {
        return small.score(CONTACT_HEADER + "\n" + String.join("", contacts), STATEMENT_HEADER + "\n" + String.join("", statements));
    }

    private static List<String> replace(List<String> rows, String event, UnaryOperator<String> change) {
        return rows.stream().map(r -> r.startsWith(event + ",") ? change.apply(r) : r).toList();
    }

    /** The headline figures by name. */
    private static Map<String, Double> figures(GoldScorer.Scores s) {
        Map<String, Double> f = new TreeMap<>();
        f.put("contacts F1", s.contacts().f1());
        f.put("contacts lenient F1", s.contactsLenient().f1());
        f.put("participant precision", s.participantPrecision().value());
        f.put("participant recall", s.participantRecall().value());
        f.put("date accuracy", s.dateAccuracy().value());
        f.put("place accuracy", s.placeAccuracy().value());
        f.put("statement recall", s.statementRecall().value());
        f.put("speaker accuracy", s.speakerAccuracy().value());
        f.put("statement precision", s.statementPrecision().value());
        return f;
    }

    /** Exactly the named figures fall below the perfect score; all others stay at 1.0. */
    private static void assertLowers(GoldScorer.Scores s, String... lowered) {
        Map<String, Double> f = figures(s);
        Set<String> expected = Set.of(lowered);
        Map<String, Double> wrong = new LinkedHashMap<>();
        f.forEach((name, v) -> {
            if (expected.contains(name) == (v == 1.0)) {
                wrong.put(name, v);
            }
        });
        assertTrue(wrong.isEmpty(), "expected exactly " + expected + " below 1.0, but " + wrong + "\n" + s.report());
    }

    @Test
    void perfectHandMadePredictionScoresOne() {
        GoldScorer.Scores s = score(perfectContactRows(), perfectStatementRows());
        assertLowers(s);
        assertEquals(new GoldScorer.Prf(4, 0, 0), s.contacts(), s.report());
        assertTrue(s.findings().isEmpty(), s.report());
    }

    @Test
    void missingParticipantOfThreeLowersParticipantRecallOnly() {
        List<String> rows = perfectContactRows().stream().filter(r -> !r.contains("Sergei Shoigu")).toList();
        GoldScorer.Scores s = score(rows, perfectStatementRows());
        assertLowers(s, "participant recall");
        assertEquals(new GoldScorer.Ratio(7, 8), s.participantRecall());
        assertTrue(s.findings().stream().anyMatch(f -> f.contains("NAMES") && f.contains("Sergei Shoigu")), s.report());
    }

    @Test
    void missingParticipantOfTwoLosesTheContact() {
        List<String> rows = perfectContactRows().stream().filter(r -> !(r.startsWith("urn:e1,") && r.contains("Raisi"))).toList();
        GoldScorer.Scores s = score(rows, perfectStatementRows());
        assertLowers(s, "contacts F1", "contacts lenient F1");
        assertEquals(new GoldScorer.Prf(3, 1, 1), s.contacts());
    }

    @Test
    void wrongTypeLowersStrictContactsOnly() {
        GoldScorer.Scores s = score(replace(perfectContactRows(), "urn:e2", r -> r.replace(NS + "Meeting", NS + "Visit")),
                perfectStatementRows());
        assertLowers(s, "contacts F1");
        assertEquals(new GoldScorer.Prf(3, 1, 1), s.contacts());
        assertEquals(new GoldScorer.Prf(4, 0, 0), s.contactsLenient());
        assertTrue(s.findings().stream().anyMatch(f -> f.contains("MISSED Meeting") && f.contains("predicted as Visit")), s.report());
    }

    @Test
    void wrongDateLowersDateAccuracyOnly() {
        GoldScorer.Scores s = score(replace(perfectContactRows(), "urn:e1", r -> r.replace("2024-03-04", "2024-03-05")),
                perfectStatementRows());
        assertLowers(s, "date accuracy");
        assertEquals(new GoldScorer.Ratio(3, 4), s.dateAccuracy());
    }

    @Test
    void guessedDateWhereTheGoldHasNoneIsWrong() {
        GoldScorer.Scores s = score(replace(perfectContactRows(), "urn:e4", r -> r.replace(NS + "Visit,,", NS + "Visit,2023-03-20,")),
                perfectStatementRows());
        assertLowers(s, "date accuracy");
    }

    @Test
    void datePrecisionRules() {
        assertTrue(GoldScorer.dateRight("2024-01", Set.of("2024-01-24")));
        assertFalse(GoldScorer.dateRight("2024-01", Set.of("2024-02-01")));
        assertFalse(GoldScorer.dateRight("2024-01-24", Set.of("2024-01")));
        assertTrue(GoldScorer.dateRight("", Set.of()));
        assertFalse(GoldScorer.dateRight("2024-01-24", Set.of("2024-01-24", "2024-01-25")));
    }

    @Test
    void wrongPlaceLowersPlaceAccuracyOnly() {
        GoldScorer.Scores s = score(replace(perfectContactRows(), "urn:e2", r -> r.replace(",Moscow,", ",St Petersburg,")),
                perfectStatementRows());
        assertLowers(s, "place accuracy");
    }

    @Test
    void wrongSpeakerLowersStatementRecallAndSpeakerAccuracy() {
        List<String> st = perfectStatementRows();
        st.set(1, st.get(1).replace("Yury Ushakov", "Vladimir Putin"));
        GoldScorer.Scores s = score(perfectContactRows(), st);
        assertLowers(s, "statement recall", "speaker accuracy", "statement precision");
        assertEquals(new GoldScorer.Ratio(2, 3), s.statementRecall());
        assertEquals(new GoldScorer.Ratio(2, 3), s.speakerAccuracy());
    }

    @Test
    void missingQuoteLowersStatementRecallButNotSpeakerAccuracy() {
        List<String> st = perfectStatementRows();
        st.remove(2);
        GoldScorer.Scores s = score(perfectContactRows(), st);
        assertLowers(s, "statement recall");
        assertEquals(new GoldScorer.Ratio(2, 2), s.speakerAccuracy());
    }

    @Test
    void spuriousPredictionLowersPrecisionButAnOptionalOneDoesNot() {
        List<String> rows = new ArrayList<>(perfectContactRows());
        rows.addAll(contact("urn:e5", "Visit", "2024-01-24", "Ankara", "a.txt", "Ebrahim Raisi"));
        assertEquals(new GoldScorer.Prf(4, 0, 0), score(rows, perfectStatementRows()).contacts());
        rows.addAll(contact("urn:e9", "Meeting", "", "", "b.txt", "Xi Jinping", "Vladimir Putin"));
        GoldScorer.Scores s = score(rows, perfectStatementRows());
        assertEquals(new GoldScorer.Prf(4, 1, 0), s.contacts());
        assertLowers(s, "contacts F1", "contacts lenient F1");
    }

    @Test
    void namesMatchOnTrailingWordsWikidataAndAlternatives() {
        GoldScorer.GoldName putin = GoldScorer.GoldName.parse("Vladimir Putin (Q7747)");
        assertTrue(putin.matches("Putin", null));
        assertTrue(putin.matches("В. Путин", "Q7747"));
        assertTrue(GoldScorer.GoldName.parse("Sergei Shoigu|Sergey Shoigu").matches("Sergey Shoigu", null));
        assertTrue(GoldScorer.GoldName.parse("Gideon Sa'ar").matches("Gideon Sa\u2019ar", null));
        assertFalse(GoldScorer.GoldName.parse("Joe Biden").matches("Hunter Biden", null));
    }

    @Test
    void multiSourceContactIsMergedOnlyWithOneEventIri(@TempDir Path dir) throws IOException {
        String line = "{\"file\":\"%s\",\"doc_date\":\"2024-10-25\",\"statements\":[],\"contacts\":[{\"type\":\"Meeting\","
                + "\"participants\":[\"Olaf Scholz\",\"Narendra Modi\"],\"date\":\"2024-10-25\",\"place\":\"New Delhi\"}]}\n";
        GoldScorer scorer = GoldScorer.load(Files.writeString(dir.resolve("g.jsonl"), line.formatted("m1.txt") + line.formatted("m2.txt")));
        String first = String.join("", contact("urn:x", "Meeting", "2024-10-25", "New Delhi", "m1.txt", "Scholz", "Modi"));
        String second = String.join("", contact("urn:x", "Meeting", "2024-10-25", "New Delhi", "m2.txt", "Scholz", "Modi"));
        GoldScorer.Scores merged = scorer.score(CONTACT_HEADER + "\n" + first + second, STATEMENT_HEADER);
        assertEquals(List.of(1, 1), List.of(merged.merged(), merged.multiSource()), merged.report());
        GoldScorer.Scores split = scorer.score(CONTACT_HEADER + "\n" + first + second.replace("urn:x", "urn:y"), STATEMENT_HEADER);
        assertEquals(List.of(0, 1), List.of(split.merged(), split.multiSource()), split.report());
        assertEquals(1.0, split.contacts().f1(), split.report());
        GoldScorer.Scores half = scorer.score(CONTACT_HEADER + "\n" + first, STATEMENT_HEADER);
        assertEquals(0, half.merged(), half.report());
    }

    @Test
    void csvFollowsRfc4180() {
        List<Map<String, String>> rows = GoldScorer.parseCsv(
                "\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\nthere\",\r\nlast,,\n", List.of("a"), "test CSV");
        assertEquals(2, rows.size());
        assertEquals("x, y", rows.get(0).get("a"));
        assertEquals("say \"hi\"\nthere", rows.get(0).get("b"));
        assertEquals("", rows.get(0).get("c"));
        assertEquals("last", rows.get(1).get("a"));
        assertTrue(GoldScorer.parseCsv("", List.of("a"), "empty").isEmpty());
    }

    @Test
    void badInputIsNamed() {
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> small.score("event,type\n", STATEMENT_HEADER));
        assertTrue(header.getMessage().contains("contacts CSV") && header.getMessage().contains("participantLabel"), header.getMessage());
        IllegalArgumentException quote = assertThrows(IllegalArgumentException.class,
                () -> small.score(CONTACT_HEADER + "\n\"urn:x,", STATEMENT_HEADER));
        assertTrue(quote.getMessage().contains("never closed"), quote.getMessage());
        IllegalArgumentException gold = assertThrows(IllegalArgumentException.class,
                () -> GoldScorer.load(Files.writeString(tmp.resolve("bad.jsonl"), "{\"file\":\"x.txt\",\"contacts\":[{\"type\":\"Chat\",\"participants\":[]}]}\n")));
        assertTrue(gold.getMessage().contains("bad.jsonl, line 1") && gold.getMessage().contains("Chat"), gold.getMessage());
    }

    @Test
    void sourceLocatorsAndTypeNames() {
        assertEquals("001.txt", GoldScorer.locatorFile("/work/x/corpus/001.txt"));
        assertEquals("001.txt", GoldScorer.locatorFile("file:///tmp/in/001.txt"));
        assertEquals("a b.txt", GoldScorer.locatorFile("https://example.org/news/a%20b.txt?x=1"));
        assertEquals("PhoneCall", GoldScorer.localName(NS + "PhoneCall"));
        assertEquals("PhoneCall", GoldScorer.localName("parley:PhoneCall"));
    }
}
