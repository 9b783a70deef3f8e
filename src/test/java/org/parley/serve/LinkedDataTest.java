package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.serve.ServerTests.request;
import static org.parley.serve.ServerTests.send;
import static org.parley.serve.ServerTests.sendForBytes;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.ExportFixture;
import org.parley.export.GexfStructure;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.Parley;
import org.parley.store.ParleyStore;

/** Dereferenceable IRIs and exports over HTTP, on a read-only server over the export fixture. */
class LinkedDataTest {
    @TempDir
    static Path dir;

    private static ParleyStore store;
    private static ParleyServer server;

    private static final String PUTIN = "id/person/vladimir-putin";
    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";

    @BeforeAll
    static void start() {
        store = ParleyStore.open(dir);
        ExportFixture.fill(store);
        server = ParleyServer.start(store, ServerSettings.of(ParleyServer.DEFAULT_HOST, 0));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return send(request(server, path).header("Accept", accept));
    }

    private static Graph parse(String body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(graph);
        return graph;
    }

    @Test
    void turtleDescribesAnActorWithItsContacts() throws Exception {
        HttpResponse<String> response = get(PUTIN, "text/turtle");
        assertEquals(200, response.statusCode());
        assertEquals("text/turtle; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept"));
        assertEquals("<" + ExportFixture.PUTIN.getURI() + ">; rel=\"canonical\"",
                response.headers().firstValue("Link").orElseThrow());
        Graph graph = parse(response.body(), Lang.TURTLE);
        assertTrue(graph.contains(ExportFixture.PUTIN, SKOS.prefLabel.asNode(),
                NodeFactory.createLiteralLang("Vladimir Putin", "en")));
        List<Node> contactsWithXi = graph.find(Node.ANY, Parley.participant.asNode(), ExportFixture.XI)
                .mapWith(t -> t.getSubject()).toList();
        assertEquals(1, contactsWithXi.size(), "the Putin-Xi meeting");
        Node meeting = contactsWithXi.get(0);
        assertTrue(graph.contains(meeting, Parley.participant.asNode(), ExportFixture.PUTIN));
        assertTrue(graph.contains(meeting, Parley.date.asNode(), Node.ANY), "its date");
        assertEquals(2, graph.find(meeting, Parley.report.asNode(), Node.ANY).toList().size(), "its two reports");
        assertTrue(graph.contains(ExportFixture.XI, SKOS.prefLabel.asNode(), Node.ANY), "the counterpart's label");
        assertTrue(graph.contains(Node.ANY, Parley.positionHeld.asNode(), Node.ANY), "his term of office");
        assertFalse(graph.contains(Node.ANY, SKOS.prefLabel.asNode(),
                NodeFactory.createLiteralLang("United States", "en")), "nothing unrelated");
    }

    @Test
    void theSameDescriptionComesAsJsonLdAndNTriples() throws Exception {
        Graph turtle = parse(get(PUTIN, "text/turtle").body(), Lang.TURTLE);
        HttpResponse<String> jsonld = get(PUTIN, "application/ld+json");
        assertEquals("application/ld+json; charset=utf-8", jsonld.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(parse(jsonld.body(), Lang.JSONLD).isIsomorphicWith(turtle), "JSON-LD");
        HttpResponse<String> ntriples = get(PUTIN, "application/n-triples");
        assertTrue(parse(ntriples.body(), Lang.NTRIPLES).isIsomorphicWith(turtle), "N-Triples");
        HttpResponse<String> byParameter = get(PUTIN + "?format=nt", "text/html");
        assertEquals("application/n-triples; charset=utf-8",
                byParameter.headers().firstValue("Content-Type").orElseThrow(), "?format= wins over Accept");
        assertTrue(parse(get(PUTIN, "application/json").body(), Lang.JSONLD).isIsomorphicWith(turtle));
    }

    @Test
    void negotiationFollowsTheAcceptHeader() throws Exception {
        assertEquals("text/html", mediaType(PUTIN, BROWSER_ACCEPT), "a browser gets HTML");
        assertEquals("text/turtle", mediaType(PUTIN, "*/*"), "anything: Turtle");
        assertEquals("application/ld+json", mediaType(PUTIN, "text/turtle;q=0.5, application/ld+json"),
                "q-values count");
        assertEquals(406, get(PUTIN, "image/png").statusCode());
        HttpResponse<String> crossOrigin = send(request(server, PUTIN).header("Origin", "https://elsewhere.example"));
        assertTrue(crossOrigin.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "CORS is off");
        assertEquals(400, get(PUTIN + "?format=pdf", "*/*").statusCode());
    }

    private static String mediaType(String path, String accept) throws Exception {
        HttpResponse<String> response = get(path, accept);
        assertEquals(200, response.statusCode(), accept);
        return response.headers().firstValue("Content-Type").orElseThrow().split(";")[0];
    }

    @Test
    void anActorPageShowsOfficesContactsAndEscapedText() throws Exception {
        String html = get(PUTIN, "text/html").body();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<h1>Vladimir Putin</h1>"), html);
        assertTrue(html.contains("<a href=\"/id/office/RUS/head-of-state\">President of Russia</a>"), html);
        assertTrue(html.contains("<td class=\"date\">2012-05-07</td>"), "the term's start: " + html);
        assertTrue(html.contains("<h2>Contacts (3)</h2>"), "a/b meeting, the visit, the 2021 meeting: " + html);
        assertTrue(html.contains("<a href=\"/id/person/xi-jinping\">Xi Jinping</a>"), html);
        assertTrue(html.contains("<a href=\"/id/place/beijing\">Beijing</a>"), html);
        assertTrue(html.contains("Smith &amp; &quot;Co&quot; &lt;Envoy&gt;, special"), "escaped: " + html);
        assertFalse(html.contains("<Envoy>"), html);
        assertTrue(html.contains("http://www.wikidata.org/entity/Q7747"), html);
        String xi = get("id/person/xi-jinping", "text/html").body();
        assertTrue(xi.contains("“" + ExportFixture.XI_QUOTE + "”"), "his statement: " + xi);
        assertTrue(xi.contains("href=\"/id/article/"), "its source article: " + xi);
    }

    @Test
    void eventAndArticlePagesLinkBothWays() throws Exception {
        Graph turtle = parse(get(PUTIN, "text/turtle").body(), Lang.TURTLE);
        Node meeting = turtle.find(Node.ANY, Parley.participant.asNode(), ExportFixture.XI).next().getSubject();
        String eventPath = IdPaths.path(meeting.getURI()).orElseThrow().substring(1);
        String event = get(eventPath, "text/html").body();
        assertTrue(event.contains("<h2>Reports (2)</h2>"), event);
        assertTrue(event.contains("Article a.txt") && event.contains("Article b.txt"), event);
        assertTrue(event.contains(ExportFixture.XI_QUOTE), "the statement made during it: " + event);
        String articlePath = IdPaths.path(ArticleGraphs.articleIri("a.txt")).orElseThrow().substring(1);
        String article = get(articlePath, "text/html").body();
        assertTrue(article.contains("<h1>Article a.txt</h1>"), article);
        assertTrue(article.contains("href=\"/" + eventPath + "\""), "links to the event: " + article);
        assertEquals(200, get(eventPath, "application/ld+json").statusCode());
    }

    @Test
    void unknownIrisAre404() throws Exception {
        HttpResponse<String> text = get("id/person/nobody", "text/turtle");
        assertEquals(404, text.statusCode());
        assertTrue(text.body().contains("nothing about " + Parley.ID + "person/nobody"), text.body());
        HttpResponse<String> html = get("id/person/nobody", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(html.body().contains("<h1>Not found</h1>"), html.body());
    }

    @Test
    void theIndexExplainsTheMappingAndLinksTheActors() throws Exception {
        HttpResponse<String> index = get("id/", "*/*");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains(Parley.ID + "person/vladimir-putin"), index.body());
        assertTrue(index.body().contains("<a href=\"/id/person/xi-jinping\">Xi Jinping</a>"), index.body());
        HttpResponse<String> bare = send(request(server, "id"));
        assertEquals(302, bare.statusCode());
        assertTrue(bare.headers().firstValue("Location").orElseThrow().endsWith("/id/"));
    }

    @Test
    void exportsAndTheContextAreServed() throws Exception {
        HttpResponse<byte[]> gexf = sendForBytes(request(server, "export?format=gexf&from=2024"));
        assertEquals(200, gexf.statusCode());
        GexfStructure.check(GexfStructure.xml(gexf.body()));
        HttpResponse<String> trig = send(request(server, "export?format=trig&countries=RUS,CHN"));
        assertEquals("application/trig; charset=utf-8", trig.headers().firstValue("Content-Type").orElseThrow());
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(trig.body(), Lang.TRIG).parse(parsed);
        Set<Node> graphs = new HashSet<>();
        parsed.listGraphNodes().forEachRemaining(graphs::add);
        assertEquals(3, graphs.size(), "the events graph and the two articles: " + graphs);
        HttpResponse<String> csv = send(request(server, "export?format=csv"));
        assertTrue(csv.body().startsWith("source,target,sourceLabel,targetLabel,type,date,weight,event\r\n"));
        assertEquals(400, send(request(server, "export?format=pdf")).statusCode());
        assertEquals(400, send(request(server, "export")).statusCode());
        HttpResponse<String> unknown = send(request(server, "export?format=csv&countries=XYZ"));
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("unknown country code XYZ"), unknown.body());
        HttpResponse<String> context = send(request(server, "context.jsonld"));
        assertEquals("application/ld+json; charset=utf-8", context.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(context.body().contains("\"pid\": \"" + Parley.ID + "\""), context.body());
        org.apache.jena.atlas.json.JSON.parse(context.body());
    }
}
