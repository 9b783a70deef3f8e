package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.eval.GoldScorer;
import org.parley.rdf.Parley;

/**
 * The whole pipeline on real text: the sample articles (the seed pages) and the project's own annotated
 * articles are ingested with the real extractor, and the contract queries' rows are checked and scored.
 */
class EndToEndTest {
    @TempDir
    static Path temp;
    private static ParleyStore samples;
    private static ParleyStore own;

    @BeforeAll
    static void ingest() throws InterruptedException {
        samples = ParleyStore.open(temp.resolve("samples"));
        samples.ensureReferenceGraphs(ReferenceGraphs.standard());
        Ingestion.Summary summary = Ingestion.standard(samples).run(List.of("samples"), new Ingestion.Listener() { });
        assertEquals(5, summary.articles(), summary.failures().toString());
        own = ParleyStore.open(temp.resolve("own"));
        own.ensureReferenceGraphs(ReferenceGraphs.standard());
        Ingestion.standard(own).run(List.of("src/test/resources/articles"), new Ingestion.Listener() { });
    }

    @AfterAll
    static void close() {
        samples.close();
        own.close();
    }

    private static String csv(ParleyStore store, String queryFile, Map<Var, org.apache.jena.graph.Node> bindings) {
        Query query = QueryFactory.read("queries/" + queryFile);
        ResultSetRewindable rows = store.select(query, bindings);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsCSV(out, rows);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static GoldScorer.Scores score(ParleyStore store, String gold) throws IOException {
        return GoldScorer.load(Path.of(gold)).score(csv(store, "contacts.rq", Map.of()), csv(store, "statements.rq", Map.of()));
    }

    @Test
    void theSamplesGiveTheXiPutinCallAndOnePutinLiShangfuMeeting() {
        List<String> rows = csv(samples, "contacts.rq", Map.of()).lines().skip(1).toList();
        assertTrue(rows.stream().anyMatch(r -> r.contains("#PhoneCall,2024-02-08,,Xi Jinping")), String.join("\n", rows));
        List<String> meeting = rows.stream().filter(r -> r.contains("#Meeting,2023-04-16,Moscow")).toList();
        assertEquals(1, meeting.stream().map(r -> r.substring(0, r.indexOf(','))).distinct().count(), "one event: " + meeting);
        assertEquals(3, meeting.stream().map(r -> r.substring(r.lastIndexOf(',') + 1)).distinct().count(),
                "reported by seeds 001, 002 and 003, the undated 001 dated by the others: " + meeting);
        assertTrue(meeting.stream().anyMatch(r -> r.contains("Li Shangfu")) && meeting.stream().anyMatch(r -> r.contains("Sergei Shoigu")));
        String all = String.join("\n", rows);
        for (String teaser : List.of("Leo", "Anthony", "Kanitkar", "Trump", "Modi")) {
            assertTrue(!all.contains(teaser), "nothing from the appended stories: " + teaser);
        }
    }

    @Test
    void theSamplesScoreAsTheGoldStandardSays() throws IOException {
        GoldScorer.Scores s = score(samples, "src/test/resources/gold/seeds.jsonl");
        assertTrue(s.contacts().f1() >= 0.9, s.report());
        assertTrue(s.dateAccuracy().value() >= 0.9, s.report());
        assertEquals(1, s.merged(), s.report());
        assertTrue(s.statementRecall().value() >= 0.8, s.report());
        assertTrue(s.speakerAccuracy().value() >= 0.95, s.report());
    }

    @Test
    void publicationDatesAreFoundOrLeftUnknown() {
        String rows = csv(samples, "article-dates.rq", Map.of());
        assertTrue(rows.contains("samples/000_1503eeac827fc41c.txt,2024-02-11"), rows);
        assertTrue(rows.contains("samples/002_5e372c3b2eb58570.txt,2023-04-17"), rows);
        assertTrue(rows.contains("samples/003_0aef0a5412f6252d.txt,2023-04-16"), "the dateline's year from Li Shangfu's term: " + rows);
        assertTrue(rows.contains("samples/001_48f0e84db26fcf66.txt,\"\","), "the site's date widget is no publication date: " + rows);
        assertTrue(rows.contains("samples/004_a04b18cd3a7555b9.txt,\"\","), rows);
    }

    @Test
    void bilateralCountsCountTheMeetingOnce() {
        String rows = csv(samples, "bilateral-contacts-per-month.rq", Map.of(
                Var.alloc("countryA"), NodeFactory.createURI(Parley.ID + "country/RUS"),
                Var.alloc("countryB"), NodeFactory.createURI(Parley.ID + "country/CHN")));
        assertTrue(rows.contains("2023-04,https://w3id.org/parley/ns#Meeting,1"), rows);
        assertTrue(rows.contains("2024-02,https://w3id.org/parley/ns#PhoneCall,1"), rows);
    }

    /** The project's own articles, written apart from the rules: a floor under the extractor's quality. */
    @Test
    void ownArticlesKeepTheirScores() throws IOException {
        GoldScorer.Scores s = score(own, "src/test/resources/articles/gold.jsonl");
        assertTrue(s.contacts().f1() >= 0.8, s.report());
        assertTrue(s.statementRecall().value() >= 0.7, s.report());
        assertTrue(s.speakerAccuracy().value() >= 0.9, s.report());
    }

    @Test
    void reingestingLeavesTheSameQuads() throws InterruptedException, IOException {
        long before = samples.quadCount();
        Ingestion.standard(samples).run(List.of("samples/002_5e372c3b2eb58570.txt"), new Ingestion.Listener() { });
        assertEquals(before, samples.quadCount());
        assertTrue(Files.isDirectory(Path.of("samples")));
    }

    @Test
    void theOrderOfIngestDoesNotChangeTheEvents() throws InterruptedException {
        List<String> seeds = List.of("samples/001_48f0e84db26fcf66.txt", "samples/002_5e372c3b2eb58570.txt",
                "samples/003_0aef0a5412f6252d.txt");
        org.apache.jena.graph.Graph reference = null;
        for (List<String> order : List.of(seeds, List.of(seeds.get(2), seeds.get(0), seeds.get(1)),
                List.of(seeds.get(1), seeds.get(2), seeds.get(0)))) {
            try (ParleyStore store = ParleyStore.open(temp.resolve("order-" + String.join("-", order).hashCode()))) {
                for (String seed : order) {
                    Ingestion.standard(store).run(List.of(seed), new Ingestion.Listener() { });
                }
                org.apache.jena.graph.Graph events = store.read(dsg -> copy(dsg.getGraph(NodeFactory.createURI(org.parley.rdf.Parley.EVENTS_GRAPH))));
                assertEquals(1, events.find(null, org.apache.jena.vocabulary.RDF.type.asNode(), null).toList().size(),
                        "one event for the three reports, ingested as " + order);
                if (reference == null) {
                    reference = events;
                } else {
                    assertTrue(reference.isIsomorphicWith(events), "order " + order);
                }
            }
        }
    }

    private static org.apache.jena.graph.Graph copy(org.apache.jena.graph.Graph graph) {
        org.apache.jena.graph.Graph copy = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    @Test
    void removingAReportKeepsTheEventWithTheOthers() throws InterruptedException {
        try (ParleyStore store = ParleyStore.open(temp.resolve("removal"))) {
            Ingestion.standard(store).run(List.of("samples"), new Ingestion.Listener() { });
            assertTrue(store.removeArticle("samples/002_5e372c3b2eb58570.txt"));
            store.rebuildEvents();
            List<String> meeting = csv(store, "contacts.rq", Map.of()).lines().filter(r -> r.contains("#Meeting,2023-04-16")).toList();
            assertEquals(2, meeting.stream().map(r -> r.substring(r.lastIndexOf(',') + 1)).distinct().count(), meeting.toString());
            assertEquals(1, meeting.stream().map(r -> r.substring(0, r.indexOf(','))).distinct().count(), meeting.toString());
        }
    }

    /** HTML pages, JSON Lines feeds and WARC crawls travel the same road as plain text, into the graph. */
    @Test
    void htmlJsonlAndWarcInputsIngestEndToEnd() throws IOException, InterruptedException {
        Path feed = Files.writeString(temp.resolve("feed.jsonl"), "{\"url\": \"https://news.example/a\", \"published\": \"2024-02-11\", "
                + "\"text\": \"Chinese President Xi Jinping held a telephone conversation with Russian President Vladimir Putin on Thursday.\"}\n");
        Path warc = temp.resolve("crawl.warc.gz");
        try (org.netpreserve.jwarc.WarcWriter writer = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.FileChannel.open(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
            byte[] page = ("<html><head><meta property=\"article:published_time\" content=\"2022-03-05\"><title>Talks</title></head>"
                    + "<body><nav><a href=\"/\">Home</a></nav><article><p>Israeli Prime Minister Naftali Bennett held talks with "
                    + "Russian President Vladimir Putin in Moscow on Saturday.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
            writer.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create("https://news.example/b"))
                    .body(new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                            .body(org.netpreserve.jwarc.MediaType.parse("text/html"), page).build()).build());
        }
        try (ParleyStore store = ParleyStore.open(temp.resolve("formats"))) {
            Ingestion.Summary summary = Ingestion.standard(store).run(
                    List.of(feed.toString(), warc.toString(), "src/test/resources/pages/html/semantic-layout.html"), new Ingestion.Listener() { });
            assertEquals(List.of(), summary.failures());
            String rows = csv(store, "contacts.rq", Map.of());
            assertTrue(rows.contains("#PhoneCall,2024-02-08,,Vladimir Putin") && rows.contains(feed + "#1"), rows);
            assertTrue(rows.contains("#Meeting,2022-03-05,Moscow,Naftali Bennett") && rows.contains(warc + "#1"), rows);
            assertTrue(rows.contains("semantic-layout.html"), rows);
        }
    }

    @Test
    void everyStatementRowNamesItsSource() {
        List<String> rows = csv(samples, "statements.rq", Map.of()).lines().skip(1).toList();
        assertTrue(rows.size() >= 12, String.join("\n", rows));
        assertTrue(rows.stream().allMatch(r -> r.contains("samples")), String.join("\n", rows));
        assertTrue(rows.stream().filter(r -> r.contains("Yury Ushakov")).count() >= 2, rows.stream().collect(Collectors.joining("\n")));
    }
}
