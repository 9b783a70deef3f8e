package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.serve.ServerTests.encode;
import static org.parley.serve.ServerTests.request;
import static org.parley.serve.ServerTests.send;
import static org.parley.serve.ServerTests.sendAlone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.Parley;
import org.parley.store.ParleyStore;
import org.parley.store.TestStores;

/**
 * The server as a hostile client probes it: links never follow the Host header, the admin and statistics endpoints
 * are off or need the writer's password, the write endpoint takes only the named article's valid graph (or an
 * article it converts itself), bodies are bounded, a burst of queries waits its turn, and nothing reads files by
 * path traversal or XML entities.
 */
class ServerHardeningTest {
    @TempDir
    static Path dir;

    private static final Credentials WRITER = Credentials.of("parley", "a long random password");
    private static final String BASE = "https://parley.example.org/";
    private static final String EXISTING = "existing.txt";

    private static ParleyStore store;
    private static ParleyServer server;

    @BeforeAll
    static void start() {
        store = ParleyStore.open(dir.resolve("store"));
        store.replaceArticle(EXISTING, TestStores.mappedArticle(EXISTING, "Wang Yi", "Sergey Lavrov", "agreed"));
        store.rebuildEvents();
        server = ParleyServer.start(store, ServerSettings.of(ParleyServer.DEFAULT_HOST, 0).withWriter(WRITER)
                .withBaseUrl(URI.create(BASE)).withRequestLimits(2, 64 * 1024));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** A request as raw bytes, so that its Host header is whatever a client chooses. */
    private static String raw(ParleyServer target, String requestLine, String host) throws IOException {
        try (Socket socket = new Socket(ParleyServer.DEFAULT_HOST, target.port())) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpRequest.Builder put(String locator, String contentType, byte[] body) {
        return request(server, "parley/ingest?locator=" + encode(locator)).header("Content-Type", contentType)
                .header("Authorization", WRITER.authorization()).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static byte[] ntriples(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        return out.toByteArray();
    }

    /** The quads of the article stored under the locator (0 when there is none). */
    private static long quadsOf(String locator) {
        Node literal = NodeFactory.createLiteralString(locator);
        return store.read(dsg -> Iter.iter(dsg.find(Node.ANY, Node.ANY, Parley.locator.asNode(), literal))
                .filter(q -> q.getGraph().equals(q.getSubject()))
                .map(q -> Iter.count(dsg.find(q.getGraph(), Node.ANY, Node.ANY, Node.ANY)))
                .toList().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void linksComeFromTheBaseUrlNeverTheHostHeader() throws Exception {
        String page = raw(server, "GET /id/ HTTP/1.1", "evil.example");
        assertTrue(page.startsWith("HTTP/1.1 200"), page.lines().findFirst().orElse(""));
        assertFalse(page.contains("evil.example"), "the Host header is not echoed into links");
        assertTrue(page.contains(BASE + "id/"), "links are under the configured base URL");
        try (ParleyServer plain = ParleyServer.start(store, ServerSettings.of(ParleyServer.DEFAULT_HOST, 0))) {
            String listening = raw(plain, "GET /id/ HTTP/1.1", "evil.example");
            assertFalse(listening.contains("evil.example"));
            assertTrue(listening.contains("http://127.0.0.1:" + plain.port() + "/id/"), "where the server listens");
        }
    }

    @Test
    void adminAndStatisticsEndpointsAreOffOrNeedThePassword() throws Exception {
        HttpResponse<String> datasets = send(request(server, "$/server"));
        assertEquals(200, datasets.statusCode());
        assertTrue(datasets.body().contains("/parley"), "the UI still finds the dataset");
        assertFalse(datasets.body().contains("version") || datasets.body().contains("uptime"), datasets.body());
        assertEquals(401, sendAlone(request(server, "$/stats")).statusCode());
        assertEquals(401, sendAlone(request(server, "$/stats/parley")).statusCode());
        assertEquals(200, send(request(server, "$/stats").header("Authorization", WRITER.authorization()))
                .statusCode());
        for (String admin : List.of("$/datasets", "$/backup/parley", "$/compact/parley", "$/tasks", "$/metrics",
                "$/validate/query?query=ASK%7B%7D", "$/validate/data")) {
            for (HttpRequest.Builder method : List.of(request(server, admin),
                    request(server, admin).POST(HttpRequest.BodyPublishers.noBody()))) {
                int status = sendAlone(method).statusCode();
                assertTrue(status == 404 || status == 405, admin + ": " + status);
            }
        }
        try (ParleyServer readOnly = ParleyServer.start(store, ServerSettings.of(ParleyServer.DEFAULT_HOST, 0))) {
            assertEquals(404, sendAlone(request(readOnly, "$/stats").header("Authorization", WRITER.authorization()))
                    .statusCode(), "a read-only server has no statistics at all");
        }
    }

    @Test
    void foreignTriplesOverAnExistingArticleAreRefused() throws Exception {
        long before = quadsOf(EXISTING);
        Graph evil = TestStores.mappedArticle(EXISTING, "Wang Yi", "Sergey Lavrov", "agreed");
        evil.add(Triple.create(NodeFactory.createURI("urn:evil"), NodeFactory.createURI("urn:p"),
                NodeFactory.createLiteralString("x")));
        HttpResponse<String> response = sendAlone(put(EXISTING, "application/n-triples", ntriples(evil)));
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("<urn:evil> is neither the article, a part of it, nor something the "
                + "article refers to"), response.body());
        HttpResponse<String> bare = sendAlone(put(EXISTING, "text/turtle",
                "<urn:evil> <urn:p> \"x\" .".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, bare.statusCode(), bare.body());
        assertEquals(before, quadsOf(EXISTING), "the article is as it was");
    }

    @Test
    void anArticleGraphMustPassTheShapes() throws Exception {
        Graph invalid = TestStores.article("invalid.txt", "Wang Yi", "Sergey Lavrov", "no evidence");
        HttpResponse<String> response = sendAlone(put("invalid.txt", "application/n-triples", ntriples(invalid)));
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("every contact report links to its evidence"), response.body());
        Graph two = TestStores.mappedArticle("third.txt", "Xi Jinping", "Vladimir Putin", "a new era");
        TestStores.mappedArticle("another.txt", "Narendra Modi", "Olaf Scholz", "another story").find()
                .forEach(two::add);
        HttpResponse<String> misnamed = sendAlone(put("third.txt", "application/n-triples", ntriples(two)));
        assertEquals(400, misnamed.statusCode(), misnamed.body());
        assertTrue(misnamed.body().contains("describes another article"), misnamed.body());
        assertEquals(0, quadsOf("invalid.txt") + quadsOf("third.txt"));
    }

    @Test
    void onlyTheDocumentedFormatsAreTakenAndNoEntityIsExpanded() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String rdfXml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY xxe SYSTEM \"file://" + secret + "\">]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:p=\"" + Parley.NS
                + "\"><rdf:Description rdf:about=\"" + ArticleGraphs.articleIri("xxe.txt") + "\"><p:locator>&xxe;"
                + "</p:locator></rdf:Description></rdf:RDF>";
        HttpResponse<String> xml = sendAlone(put("xxe.txt", "application/rdf+xml", rdfXml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(415, xml.statusCode(), xml.body());
        HttpResponse<String> jsonLd = sendAlone(put("xxe.txt", "application/ld+json", "{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(415, jsonLd.statusCode(), jsonLd.body());
        String page = "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file://" + secret + "\">]><html><body><p>&xxe;</p>"
                + "</body></html>";
        HttpResponse<String> html = sendAlone(put("xxe.html", "text/html", page.getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, html.statusCode(), html.body());
        assertTrue(html.body().contains("declares entities"), html.body());
        for (HttpResponse<String> response : List.of(xml, jsonLd, html)) {
            assertFalse(response.body().contains("TOP-SECRET"));
        }
        assertEquals(0, quadsOf("xxe.txt") + quadsOf("xxe.html"));
    }

    @Test
    void anArticleSentAsTextIsConvertedByTheServer() throws Exception {
        String text = "Moscow, April 16, 2023 (AP) -- Russian President Vladimir Putin met Chinese Defence Minister "
                + "Li Shangfu in Moscow on Sunday, the Kremlin said.\n";
        HttpResponse<String> response = send(put("converted.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(quadsOf("converted.txt") > 10, "stored as its graph, with the report the server read");
    }

    @Test
    void requestBodiesAreBounded() throws Exception {
        byte[] large = ("<urn:a> <urn:b> \"" + "x".repeat(100 * 1024) + "\" .\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(413, sendAlone(put("large.txt", "application/n-triples", large)).statusCode());
        String hugeQuery = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(2 << 20);
        HttpResponse<String> query = sendAlone(request(server, "parley/sparql")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(hugeQuery)));
        assertEquals(413, query.statusCode());
        HttpResponse<String> chunked = sendAlone(request(server, "parley/sparql")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        hugeQuery.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(413, chunked.statusCode(), "a streamed body is counted too");
    }

    /**
     * Two queries may run at once here: a third waits its turn (it is not refused), and runs as soon as one ends,
     * so a burst makes answers slower rather than failing them.
     */
    @Test
    void queriesBeyondTheLimitWaitTheirTurn() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
        String small = "ASK { ?s ?p ?o }";
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> slowOnes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                slowOnes.add(clients.submit(() -> send(request(server, "parley/sparql?timeout=8&query="
                        + encode(slow)))));
            }
            // The slow ones must hold both places before the small ones arrive; on a loaded machine the client
            // threads may otherwise reach the server in any order. Their 8 s timeout leaves room for that.
            Thread.sleep(1000);
            List<Future<HttpResponse<String>>> smallOnes = new ArrayList<>();
            boolean waited = false;
            long deadline = System.nanoTime() + Duration.ofSeconds(7).toNanos();
            for (int i = 0; i < 6; i++) {
                smallOnes.add(clients.submit(() -> send(request(server, "parley/sparql?query=" + encode(small)))));
            }
            while (!waited && System.nanoTime() < deadline) {
                waited = server.waitingQueries() > 0;
                Thread.sleep(10);
            }
            assertTrue(waited, "the small queries waited while the two slow ones ran");
            for (Future<HttpResponse<String>> answer : smallOnes) {
                assertEquals(200, answer.get().statusCode(), "waited, not refused");
            }
            for (Future<HttpResponse<String>> answer : slowOnes) {
                assertEquals(503, answer.get().statusCode(), "stopped by their timeout");
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void noPathLeadsOutOfWhatIsServed() throws Exception {
        for (String path : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/id/../../../../etc/passwd", "/id/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd",
                "/$/../../etc/passwd", "/export?format=../../../../etc/passwd",
                "/parley/get?graph=file:///etc/passwd")) {
            String response = raw(server, "GET " + path + " HTTP/1.1", "127.0.0.1");
            assertFalse(response.contains("root:x:0:0"), path);
            assertFalse(response.startsWith("HTTP/1.1 200") && response.contains("/bin/"), path);
        }
    }
}
