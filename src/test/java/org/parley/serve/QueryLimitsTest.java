package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.serve.ServerTests.encode;
import static org.parley.serve.ServerTests.request;
import static org.parley.serve.ServerTests.send;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.ExportFixture;
import org.parley.store.ParleyStore;

/** The SPARQL endpoint's time and size limits, and CORS, on a server with a 1 s timeout and a 3-row limit. */
class QueryLimitsTest {
    @TempDir
    static Path dir;

    private static ParleyStore store;
    private static ParleyServer server;

    /** Every quad against every quad, three times over: far more than a second of work on any store here. */
    private static final String SLOW = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } "
            + "GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } GRAPH ?d { ?s4 ?p4 ?o4 } }";
    private static final String ALL = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";

    @BeforeAll
    static void start() {
        store = ParleyStore.open(dir);
        ExportFixture.fill(store);
        server = ParleyServer.start(store, ServerSettings.of(ParleyServer.DEFAULT_HOST, 0)
                .withLimits(Duration.ofSeconds(1), 3).withCors(true));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> query(String query, String extra) throws Exception {
        return send(request(server, "parley/sparql?query=" + encode(query) + extra).header("Accept", "text/csv"));
    }

    @Test
    void aSlowQueryIsCutOffAtTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = query(SLOW, "");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("timed out"), response.body());
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "cut off after " + took);
        assertEquals(503, query(SLOW, "&timeout=600").statusCode(), "a client cannot raise the limit");
        assertEquals(200, query("ASK { ?s ?p ?o }", "").statusCode(), "the server goes on answering");
    }

    @Test
    void resultsAreCappedAtTheRowLimit() throws Exception {
        HttpResponse<String> capped = query(ALL, "");
        assertEquals(200, capped.statusCode());
        assertEquals(1 + 3, capped.body().lines().count(), "header and three rows: " + capped.body());
        assertEquals("3", capped.headers().firstValue(LimitedQuery.LIMIT_HEADER).orElseThrow());
        HttpResponse<String> smaller = query(ALL + " LIMIT 2", "");
        assertEquals(1 + 2, smaller.body().lines().count(), "a smaller LIMIT stands");
        assertTrue(smaller.headers().firstValue(LimitedQuery.LIMIT_HEADER).isEmpty());
        assertEquals(1 + 3, query(ALL + " LIMIT 50", "").body().lines().count(), "a larger one is lowered");
        HttpResponse<String> construct = send(request(server, "parley/sparql?query="
                + encode("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")).header("Accept",
                "application/n-triples"));
        assertEquals(3, construct.body().lines().count(), construct.body());
    }

    @Test
    void browsersOnOtherSitesMayQueryWithCorsOn() throws Exception {
        HttpResponse<String> response = send(request(server, "parley/sparql?query=" + encode("ASK {}"))
                .header("Origin", "https://yasgui.triply.cc"));
        assertEquals(200, response.statusCode());
        assertEquals("https://yasgui.triply.cc",
                response.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "the origin is allowed");
        HttpResponse<String> preflight = send(request(server, "parley/sparql")
                .header("Origin", "https://sparklis.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }
}
