package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.Parley;
import org.parley.store.ParleyStore;
import org.parley.store.TestStores;

/** One server on a free port over a hand-made store, shared by the tests. */
class ParleyServerTest {
    @TempDir
    static Path dir;

    private static ParleyStore store;
    private static ParleyServer server;
    private static long quads;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String QUOTES =
            "SELECT ?quote WHERE { ?s <" + Parley.quote.getURI() + "> ?quote } ORDER BY ?quote";

    @BeforeAll
    static void start() {
        TestStores.create(dir, List.of("a.txt", "b.txt"));
        store = ParleyStore.openExisting(dir);
        quads = store.quadCount();
        server = ParleyServer.start(store, ServerSettings.of(ParleyServer.DEFAULT_HOST, 0));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends a request expected to be refused, on a connection of its own: the server may close a connection
     * after refusing a request without reading its body.
     */
    private static int refusalStatus(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void answersSelectQueriesOverTheUnionOfTheArticles() throws Exception {
        for (String endpoint : List.of("parley/sparql", "parley/query")) {
            HttpResponse<String> response = send(get(endpoint + "?query=" + encode(QUOTES))
                    .header("Accept", "text/csv"));
            assertEquals(200, response.statusCode(), endpoint);
            assertEquals("quote\r\nquote in a.txt\r\nquote in b.txt\r\n", response.body(), endpoint);
        }
    }

    @Test
    void answersQueriesPostedAsForms() throws Exception {
        HttpResponse<String> response = send(get("parley/sparql")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(QUOTES))));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"quote in b.txt\""), response.body());
    }

    @Test
    void readsArticleGraphsThroughTheGraphStoreProtocol() throws Exception {
        String graph = ArticleGraphs.graphName("a.txt").getURI();
        for (String endpoint : List.of("parley/get", "parley/data")) {
            HttpResponse<String> response = send(get(endpoint + "?graph=" + encode(graph))
                    .header("Accept", "application/n-triples"));
            assertEquals(200, response.statusCode(), endpoint);
            assertTrue(response.body().contains("\"quote in a.txt\""), response.body());
            assertTrue(!response.body().contains("\"quote in b.txt\""), response.body());
        }
    }

    @Test
    void refusesUpdates() throws Exception {
        String update = "DROP ALL";
        List<HttpRequest.Builder> writes = List.of(
                get("parley/update").header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)),
                get("parley/sparql").header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)),
                get("parley/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(update))),
                get("parley").header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)),
                get("parley/data?default").header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:s> <urn:p> <urn:o> .")),
                get("parley/get?graph=" + encode("urn:g")).header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:s> <urn:p> <urn:o> .")),
                get("parley/data?graph=" + encode(ArticleGraphs.graphName("a.txt").getURI())).DELETE(),
                get("parley/ingest?locator=x.txt").header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:s> <urn:p> <urn:o> .")));
        for (HttpRequest.Builder write : writes) {
            HttpRequest request = write.build();
            int status = refusalStatus(request);
            // 404 where there is no such endpoint, 405 or 415 where an endpoint exists but only reads.
            assertTrue(status == 404 || status == 405 || status == 415 || status == 400,
                    request.method() + " " + request.uri() + " gave " + status);
        }
        assertEquals(quads, store.quadCount(), "nothing was written");
    }

    @Test
    void servesTheFusekiUiAtItsOwnPath() throws Exception {
        HttpResponse<String> page = send(get("fuseki/"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Apache Jena Fuseki"), page.body());
        Matcher script = Pattern.compile("src=\"\\./([^\"]+\\.js)\"").matcher(page.body());
        assertTrue(script.find(), page.body());
        HttpResponse<String> code = send(get("fuseki/" + script.group(1)));
        assertEquals(200, code.statusCode(), script.group(1));
        assertTrue(code.body().length() > 10_000, "the UI's code is served");

        HttpResponse<String> status = send(get("$/server"));
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/parley\""), status.body());
        assertEquals(200, send(get("$/ping")).statusCode());
    }

    @Test
    void leavesOutTheAdminOperations() throws Exception {
        List<HttpRequest.Builder> adminWrites = List.of(
                get("$/datasets").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("dbName=other&dbType=mem")),
                get("$/datasets/parley").DELETE(),
                get("$/backup/parley").POST(HttpRequest.BodyPublishers.noBody()),
                get("$/compact/parley").POST(HttpRequest.BodyPublishers.noBody()));
        for (HttpRequest.Builder write : adminWrites) {
            HttpRequest request = write.build();
            int status = refusalStatus(request);
            // Without the admin module these paths are only the UI's static files, which cannot be written.
            assertTrue(status == 404 || status == 405, request.method() + " " + request.uri() + " gave " + status);
        }
    }
}
