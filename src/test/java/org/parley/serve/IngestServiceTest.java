package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.serve.ServerTests.encode;
import static org.parley.serve.ServerTests.request;
import static org.parley.serve.ServerTests.send;
import static org.parley.serve.ServerTests.sendAlone;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.ExportFixture;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.ArticleIdentity;
import org.parley.rdf.Parley;
import org.parley.store.ParleyStore;
import org.parley.store.TestStores;

/** The authenticated write endpoint: refused without the password, then stores articles and rebuilds events. */
class IngestServiceTest {
    @TempDir
    static Path dir;

    private static final String PASSWORD = "correct horse battery staple";
    private static final Credentials WRITER = Credentials.of("parley", PASSWORD);
    private static final String PREFIX = "PREFIX parley: <" + Parley.NS + ">\n";

    private static ParleyStore store;
    private static ParleyServer server;

    @BeforeAll
    static void start() {
        store = ParleyStore.open(dir);
        ExportFixture.fill(store);
        server = ParleyServer.start(store, ServerSettings.of(ParleyServer.DEFAULT_HOST, 0).withWriter(WRITER));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpRequest.Builder put(String locator, Graph graph) {
        return request(server, "parley/ingest?locator=" + encode(locator))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString(ntriples(graph)));
    }

    private static String ntriples(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    private static HttpResponse<String> select(String query) throws Exception {
        return send(request(server, "parley/sparql?query=" + encode(PREFIX + query)).header("Accept", "text/csv"));
    }

    @Test
    void writesWithoutTheRightPasswordAreRefused() throws Exception {
        long quads = store.quadCount();
        Graph article = TestStores.mappedArticle("refused.txt", "Wang Yi", "Sergey Lavrov", "not stored");
        List<HttpResponse<String>> refusals = List.of(
                sendAlone(put("refused.txt", article)),
                sendAlone(put("refused.txt", article).header("Authorization", basic("parley", "wrong"))),
                sendAlone(put("refused.txt", article).header("Authorization", basic("intruder", PASSWORD))),
                sendAlone(put("refused.txt", article).header("Authorization", "Bearer " + PASSWORD)),
                sendAlone(request(server, "parley/ingest")));
        for (HttpResponse<String> refusal : refusals) {
            assertEquals(401, refusal.statusCode(), refusal.body());
            assertTrue(refusal.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="));
            assertFalse(refusal.body().contains(PASSWORD), "the password is never echoed");
        }
        assertEquals(quads, store.quadCount(), "nothing was written");
        assertFalse(WRITER.toString().contains(PASSWORD));
        assertFalse(server.toString().contains(PASSWORD));
    }

    @Test
    void anAuthenticatedPutStoresTheArticleAndRebuildsTheEvents() throws Exception {
        Graph article = TestStores.mappedArticle("new.txt", "Wang Yi", "Sergey Lavrov", "we agreed on everything");
        HttpResponse<String> response = send(put("new.txt", article).header("Authorization", WRITER.authorization()));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("new.txt", JSON.parse(response.body()).get("stored").getAsArray().get(0).getAsString().value());
        HttpResponse<String> quote = select("SELECT ?quote WHERE { ?s parley:quote ?quote ; parley:source ?a . "
                + "?a parley:locator \"new.txt\" }");
        assertEquals("quote\r\nwe agreed on everything\r\n", quote.body(), "the next query sees it");
        HttpResponse<String> event = select("SELECT ?event WHERE { GRAPH <" + Parley.EVENTS_GRAPH + "> { "
                + "?event parley:report <" + ArticleIdentity.graphNameIn(article).orElseThrow().getURI()
                + "/contact/0> } }");
        assertEquals(2, event.body().lines().count(), "an event reports it: " + event.body());
        assertFalse(store.eventsStale());
        JsonObject counts = JSON.parse(send(request(server, "parley/ingest")
                .header("Authorization", WRITER.authorization())).body());
        assertEquals(store.quadCount(), counts.get("quads").getAsNumber().value().longValue());
    }

    @Test
    void namedArticleGraphsCanComeInOneTrigRequest() throws Exception {
        DatasetGraph body = DatasetGraphFactory.createGeneral();
        for (String locator : List.of("trig-1.txt", "trig-2.txt")) {
            Graph graph = TestStores.mappedArticle(locator, "Xi Jinping", "Vladimir Putin", "said in " + locator);
            body.addGraph(ArticleIdentity.graphNameIn(graph).orElseThrow(), graph);
        }
        ByteArrayOutputStream trig = new ByteArrayOutputStream();
        RDFDataMgr.write(trig, body, Lang.TRIG);
        HttpResponse<String> response = send(request(server, "parley/ingest")
                .header("Authorization", WRITER.authorization()).header("Content-Type", "application/trig")
                .POST(HttpRequest.BodyPublishers.ofByteArray(trig.toByteArray())));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(store.locators().containsAll(List.of("trig-1.txt", "trig-2.txt")));
    }

    @Test
    void badBodiesAreRefusedWithAReason() throws Exception {
        Graph article = TestStores.mappedArticle("bad.txt", "Wang Yi", "Sergey Lavrov", "never stored");
        DatasetGraph misnamed = DatasetGraphFactory.createGeneral();
        misnamed.addGraph(ArticleGraphs.graphName("other.txt"), article);
        ByteArrayOutputStream nquads = new ByteArrayOutputStream();
        RDFDataMgr.write(nquads, misnamed, Lang.NQUADS);
        List<HttpRequest.Builder> bad = List.of(
                request(server, "parley/ingest?locator=bad.txt").header("Content-Type", "application/n-quads")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(nquads.toByteArray())),
                request(server, "parley/ingest").header("Content-Type", "application/n-quads")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(nquads.toByteArray())),
                request(server, "parley/ingest").header("Content-Type", "application/n-triples")
                        .PUT(HttpRequest.BodyPublishers.ofString(ntriples(article))),
                request(server, "parley/ingest?locator=bad.txt").header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:s> <urn:p> ")));
        for (HttpRequest.Builder request : bad) {
            HttpResponse<String> response = sendAlone(request.header("Authorization", WRITER.authorization()));
            assertEquals(400, response.statusCode(), response.body());
        }
        HttpResponse<String> unsupported = sendAlone(request(server, "parley/ingest?locator=bad.txt")
                .header("Authorization", WRITER.authorization()).header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofString("%PDF")));
        assertEquals(415, unsupported.statusCode());
        assertFalse(store.locators().contains("bad.txt"));
        assertFalse(store.locators().contains("other.txt"));
    }

    /**
     * Readers query while articles arrive one by one. One query reads, in one snapshot, the number of articles,
     * the reports no event accounts for, and the quads of the new articles: every answer must be a state between
     * two ingests (all new articles complete, all reports merged), never an error.
     */
    @Test
    void readersSeeEitherTheStateBeforeOrAfterEachIngest() throws Exception {
        int perArticle = TestStores.mappedArticle("concurrent-0.txt", "Wang Yi", "Sergey Lavrov", "q").size();
        String query = "SELECT ?articles ?orphans ?newArticles ?newQuads WHERE {\n"
                + "{ SELECT (COUNT(DISTINCT ?a) AS ?articles) WHERE { GRAPH ?a { ?a a parley:Article } } }\n"
                + "{ SELECT (COUNT(DISTINCT ?r) AS ?orphans) WHERE { GRAPH ?g { ?r a parley:ContactReport } "
                + "FILTER NOT EXISTS { GRAPH <" + Parley.EVENTS_GRAPH + "> { ?e parley:report ?r } } } }\n"
                + "{ SELECT (COUNT(DISTINCT ?n) AS ?newArticles) (COUNT(*) AS ?newQuads) WHERE { "
                + "GRAPH ?n { ?n parley:locator ?l FILTER(STRSTARTS(?l, \"concurrent-\")) } GRAPH ?n { ?s ?p ?o } } }\n"
                + "}";
        long articles = Long.parseLong(select(query).body().lines().skip(1).findFirst().orElseThrow().split(",")[0]);
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicInteger answers = new AtomicInteger();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread reader = new Thread(() -> {
                try {
                    do {
                        HttpResponse<String> response = select(query);
                        if (response.statusCode() != 200) {
                            problems.add("HTTP " + response.statusCode() + ": " + response.body());
                            continue;
                        }
                        String[] row = response.body().lines().skip(1).findFirst().orElse("").split(",");
                        long total = Long.parseLong(row[0]);
                        long orphans = Long.parseLong(row[1]);
                        long added = Long.parseLong(row[2]);
                        long quads = Long.parseLong(row[3]);
                        if (orphans != 0 || total != articles + added || quads != added * perArticle) {
                            problems.add("half-written state: " + String.join(",", row) + " (before: " + articles
                                    + " articles, " + perArticle + " quads per article)");
                        }
                        answers.incrementAndGet();
                    } while (writing.get());
                } catch (Exception e) {
                    problems.add(e.toString());
                }
            });
            reader.start();
            readers.add(reader);
        }
        for (int i = 0; i < 8; i++) {
            String locator = "concurrent-" + i + ".txt";
            HttpResponse<String> response = send(put(locator, TestStores.mappedArticle(locator, "Wang Yi", "Sergey Lavrov",
                    "quote " + i)).header("Authorization", WRITER.authorization()));
            assertEquals(200, response.statusCode(), response.body());
        }
        writing.set(false);
        for (Thread reader : readers) {
            reader.join(60_000);
        }
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(answers.get() >= 3, "the readers ran: " + answers.get());
        assertTrue(store.locators().containsAll(List.of("concurrent-0.txt", "concurrent-7.txt")));
    }

    @Test
    void aReadOnlyServerHasNoIngestEndpoint() throws Exception {
        try (ParleyServer readOnly = ParleyServer.start(store, ServerSettings.of(ParleyServer.DEFAULT_HOST, 0))) {
            HttpResponse<String> response = sendAlone(ServerTests.request(readOnly, "parley/ingest?locator=x.txt")
                    .header("Authorization", WRITER.authorization()).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:s> <urn:p> <urn:o> .")));
            assertTrue(response.statusCode() == 404 || response.statusCode() == 405, "" + response.statusCode());
        }
        Node graph = ArticleGraphs.graphName("x.txt");
        boolean stored = store.read(dsg -> dsg.containsGraph(graph));
        assertFalse(stored);
    }
}
