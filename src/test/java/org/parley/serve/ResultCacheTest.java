package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.serve.ServerTests.encode;
import static org.parley.serve.ServerTests.request;
import static org.parley.serve.ServerTests.send;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.Parley;
import org.parley.store.ParleyStore;
import org.parley.store.TestStores;

/** A query asked again is answered from the cache, never with an answer older than the store. */
class ResultCacheTest {
    @TempDir
    static Path dir;

    private static final Credentials WRITER = Credentials.of("parley", "another long password");
    private static final String COUNT = "SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?s <" + Parley.quote.getURI()
            + "> ?q }";

    private static ParleyStore store;
    private static ParleyServer server;

    @BeforeAll
    static void start() {
        store = ParleyStore.open(dir);
        store.replaceArticle("a.txt", TestStores.mappedArticle("a.txt", "Wang Yi", "Sergey Lavrov", "first"));
        store.rebuildEvents();
        server = ParleyServer.start(store, ServerSettings.of(ParleyServer.DEFAULT_HOST, 0).withWriter(WRITER));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> count(boolean asForm) throws Exception {
        HttpRequest.Builder query = asForm
                ? request(server, "parley/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(COUNT)))
                : request(server, "parley/sparql?query=" + encode(COUNT));
        return send(query.header("Accept", "text/csv"));
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheUntilTheStoreChanges() throws Exception {
        for (boolean asForm : new boolean[] {false, true}) {
            HttpResponse<String> first = count(asForm);
            HttpResponse<String> again = count(asForm);
            assertEquals(first.body(), again.body());
            assertEquals("hit", again.headers().firstValue(ParleyServer.CACHE_HEADER).orElse(""));
        }
        long before = Long.parseLong(count(false).body().lines().skip(1).findFirst().orElseThrow());
        ByteArrayOutputStream graph = new ByteArrayOutputStream();
        RDFDataMgr.write(graph, TestStores.mappedArticle("b.txt", "Xi Jinping", "Vladimir Putin", "second"),
                Lang.NTRIPLES);
        HttpResponse<String> stored = send(request(server, "parley/ingest?locator=b.txt")
                .header("Authorization", WRITER.authorization()).header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(graph.toByteArray())));
        assertEquals(200, stored.statusCode(), stored.body());
        HttpResponse<String> after = count(false);
        assertEquals("miss", after.headers().firstValue(ParleyServer.CACHE_HEADER).orElse(""));
        assertEquals(before + 1, Long.parseLong(after.body().lines().skip(1).findFirst().orElseThrow()),
                "the answer after a write is the new store's");
    }

    @Test
    void aDifferentFormatIsAnotherAnswer() throws Exception {
        HttpResponse<String> csv = send(request(server, "parley/sparql?query=" + encode(COUNT))
                .header("Accept", "text/csv"));
        HttpResponse<String> json = send(request(server, "parley/sparql?query=" + encode(COUNT))
                .header("Accept", "application/sparql-results+json"));
        assertEquals("text/csv", csv.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
        assertEquals("application/sparql-results+json",
                json.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
    }
}
