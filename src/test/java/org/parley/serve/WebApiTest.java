package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.serve.ServerTests.request;
import static org.parley.serve.ServerTests.send;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ParleyStore;
import org.parley.store.ReferenceGraphs;
import org.parley.store.TestStores;

/** The web pages' files and the JSON API on the named queries, over a store with the gazetteer. */
class WebApiTest {
    @TempDir
    static Path dir;

    private static ParleyStore store;
    private static ParleyServer server;

    @BeforeAll
    static void start() {
        store = ParleyStore.open(dir);
        store.ensureReferenceGraphs(ReferenceGraphs.standard());
        store.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "we agreed"));
        store.rebuildEvents();
        server = ParleyServer.start(store, ServerSettings.of("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(request(server, path));
    }

    @Test
    void theRootIsTheExplorationPageAndTheFusekiUiHasItsOwnPath() throws Exception {
        HttpResponse<String> page = get("");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/assets/explore.js") && page.body().contains("href=\"/fuseki/\""));
        assertEquals("Apache Jena Fuseki UI", get("fuseki/").body().replaceAll("(?s).*<title>(.*)</title>.*", "$1"));
        assertEquals(302, get("fuseki").statusCode());
        assertEquals(200, get("assets/vendor/echarts.min.js").statusCode(), "ECharts from its WebJar");
        assertEquals(200, get("assets/vendor/yasgui/yasgui.min.js").statusCode());
        assertTrue(get("sparql-editor").body().contains("yasgui.min.js"));
        assertEquals(404, get("assets/nothing.js").statusCode());
        assertTrue(get("assets/%2e%2e/%2e%2e/pom.xml").statusCode() >= 400, "no way out of the web files");
    }

    @Test
    void theApiListsTheNamedQueriesWithTheirParameters() throws Exception {
        HttpResponse<String> queries = get("api/queries");
        assertEquals(200, queries.statusCode());
        assertTrue(queries.body().contains("{\"name\":\"person\",\"kind\":\"person\",\"required\":true,"
                + "\"example\":\"Putin\""), queries.body());
        assertTrue(queries.body().contains("\"name\":\"explore-contacts\""));
    }

    @Test
    void theApiRunsANamedQueryWithCheckedValues() throws Exception {
        HttpResponse<String> json = get("api/query/bilateral-contacts-per-month?countryA=chn&countryB=Russia");
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.body().contains("\"vars\": [ \"month\" , \"type\" , \"contacts\" ]"), json.body());
        HttpResponse<String> csv = get("api/query/person-timeline?person=Vladimir%20Putin&format=csv");
        assertEquals("date,type,event,counterparts,place,reports", csv.body().lines().findFirst().orElse(""));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("{\"bindings\":{\"person\":\"<https://w3id.org/parley/id/person/vladimir-putin>\"}}",
                get("api/bind/person-timeline").body().strip(), "the example, resolved");
        HttpResponse<String> graph = get("api/query/describe?entity=https://w3id.org/parley/id/country/RUS");
        assertTrue(graph.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(graph.body().contains("\"@id\":\"pid:country/RUS\""), graph.body());
    }

    @Test
    void aKeptAnswerIsDroppedWhenTheStoreChanges() throws Exception {
        String path = "api/query/export-edges?format=csv";
        long before = get(path).body().lines().count();
        assertEquals(before, get(path).body().lines().count(), "the same answer again");
        store.replaceArticle("c.txt", TestStores.article("c.txt", "Xi Jinping", "Vladimir Putin", "a new era"));
        store.rebuildEvents();
        try {
            assertEquals(before + 1, get(path).body().lines().count(), "the new contact's edge");
        } finally {
            store.removeArticle("c.txt");
            store.rebuildEvents();
        }
        assertEquals(before, get(path).body().lines().count());
    }

    @Test
    void wrongValuesAreA400NamingTheParameter() throws Exception {
        HttpResponse<String> missing = get("api/query/person-timeline");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("needs parameter person"), missing.body());
        HttpResponse<String> ambiguous = get("api/query/person-timeline?person=Wang");
        assertEquals(400, ambiguous.statusCode());
        assertTrue(ambiguous.body().contains("Wang Wenbin") && ambiguous.body().contains("Wang Yi"), ambiguous.body());
        assertEquals(400, get("api/query/bilateral-contacts-per-month?countryA=XYZ&countryB=CHN").statusCode());
        assertEquals(400, get("api/query/contacts?format=xml").statusCode());
        assertEquals(404, get("api/query/no-such-query").statusCode());
    }
}
