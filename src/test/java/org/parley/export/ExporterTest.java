package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.eval.CsvRecords;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.Parley;
import org.parley.store.ParleyStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Every export format, written from the fixture store and read back. */
class ExporterTest {
    @TempDir
    static Path dir;

    private static ParleyStore store;
    private static final Node EVENTS = NodeFactory.createURI(Parley.EVENTS_GRAPH);
    private static final EventFilter RUS_AND_CHN = EventFilter.parse(null, null, "RUS,CHN");

    @BeforeAll
    static void createStore() {
        store = ParleyStore.open(dir);
        ExportFixture.fill(store);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    private static byte[] export(ExportFormat format, EventFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(store.datasetGraph(), format, filter, out);
        return out.toByteArray();
    }

    private static DatasetGraph parse(byte[] bytes, Lang lang) {
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).parse(parsed);
        return parsed;
    }

    /** The store's named-graph quads (what queries see), as a set. */
    private static Set<Quad> storeQuads() {
        return store.read(dsg -> {
            Set<Quad> quads = new HashSet<>();
            dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            return quads;
        });
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        Set<Quad> quads = new HashSet<>();
        dsg.find().forEachRemaining(quads::add);
        return quads;
    }

    @Test
    void quadFormatsRoundTripTheWholeStore() {
        Set<Quad> expected = storeQuads();
        assertTrue(expected.size() > 100, "the fixture is not empty");
        assertEquals(expected, quads(parse(export(ExportFormat.TRIG, EventFilter.NONE), Lang.TRIG)), "TriG");
        assertEquals(expected, quads(parse(export(ExportFormat.NQUADS, EventFilter.NONE), Lang.NQUADS)), "N-Quads");
        assertEquals(expected, quads(parse(export(ExportFormat.JSONLD, EventFilter.NONE), Lang.JSONLD)), "JSON-LD");
    }

    @Test
    void turtleIsTheUnionOfTheGraphs() {
        Graph expected = GraphFactory.createDefaultGraph();
        storeQuads().forEach(q -> expected.add(q.asTriple()));
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(export(ExportFormat.TURTLE, EventFilter.NONE)))
                .lang(Lang.TURTLE).parse(parsed);
        assertTrue(expected.isIsomorphicWith(parsed));
    }

    @Test
    void filteredRdfHasTheSelectedEventsAndTheArticlesThatReportThem() {
        Map<ExportFormat, Lang> formats =
                Map.of(ExportFormat.TRIG, Lang.TRIG, ExportFormat.NQUADS, Lang.NQUADS, ExportFormat.JSONLD, Lang.JSONLD);
        for (ExportFormat format : formats.keySet()) {
            DatasetGraph parsed = parse(export(format, RUS_AND_CHN), formats.get(format));
            Set<Node> graphs = new HashSet<>();
            parsed.listGraphNodes().forEachRemaining(graphs::add);
            assertEquals(Set.of(EVENTS, ArticleGraphs.graphName("a.txt"), ArticleGraphs.graphName("b.txt")), graphs,
                    format.label());
            List<Node> events = new ArrayList<>();
            parsed.find(EVENTS, Node.ANY, Parley.participant.asNode(), ExportFixture.XI)
                    .forEachRemaining(q -> events.add(q.getSubject()));
            assertEquals(1, events.size(), format.label() + ": only the Putin-Xi meeting: " + events);
            for (String locator : List.of("a.txt", "b.txt")) {
                Node article = ArticleGraphs.graphName(locator);
                Set<Triple> stored = store.read(dsg -> {
                    Set<Triple> triples = new HashSet<>();
                    dsg.getGraph(article).find().forEachRemaining(triples::add);
                    return triples;
                });
                Set<Triple> exported = new HashSet<>();
                parsed.getGraph(article).find().forEachRemaining(exported::add);
                assertEquals(stored, exported, format.label() + ": the whole article graph " + locator);
            }
        }
    }

    @Test
    void jsonLdEmbedsTheContextAndUsesCompactIris() {
        String json = new String(export(ExportFormat.JSONLD, RUS_AND_CHN), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"pid\": \"" + Parley.ID + "\""), json);
        assertTrue(json.contains("\"parley:participant\":[{\"@id\":\"pid:person/"), json);
        assertTrue(json.contains("{\"@id\":\"pid:person/vladimir-putin\"}"), json);
        assertTrue(json.contains("\"@type\":[\"parley:Meeting\"]"), json);
    }

    @Test
    void countriesAreMatchedThroughStatedCountriesAndTermsOfOffice() {
        assertEquals(List.of("2024-05-16"), eventDates(RUS_AND_CHN));
        // Blinken's term ended in 2025, so the 2026 meeting is not a US contact; the envoy is stated to be American.
        assertEquals(List.of("2021", "2023-03"), eventDates(EventFilter.parse(null, null, "usa")));
        assertEquals(List.of("2023-03"), eventDates(EventFilter.parse(null, null, "USA,CHN")));
        assertEquals(List.of("", "2021", "2024-05-16"), eventDates(EventFilter.parse(null, null, "RUS")),
                "Putin's undated visit: he represents Russia at some time");
    }

    @Test
    void datesOverlapTheRangeAtTheirOwnPrecision() {
        assertEquals(List.of("2024-05-16", "2026-02-01"), eventDates(EventFilter.parse("2024-01-01", null, null)));
        assertEquals(List.of("2023-03"), eventDates(EventFilter.parse("2023-03-15", "2023-03-20", null)));
        assertEquals(List.of("2021", "2023-03"), eventDates(EventFilter.parse(null, "2023", null)));
        assertEquals(List.of("", "2021", "2023-03", "2024-05-16", "2026-02-01"), eventDates(EventFilter.NONE));
    }

    /** The dates of the events the filter selects ("" for the undated visit). */
    private static List<String> eventDates(EventFilter filter) {
        return store.read(dsg -> {
            Set<String> dates = new TreeSet<>();
            new EventSelection(dsg, filter, new Actors(dsg)).forEach(e -> dates.add(e.date()));
            return List.copyOf(dates);
        });
    }

    @Test
    void anUnknownCountryIsRefusedBeforeAnythingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Exporter.write(
                store.datasetGraph(), ExportFormat.GEXF, EventFilter.parse(null, null, "XYZ"), out));
        assertTrue(e.getMessage().contains("unknown country code XYZ"), e.getMessage());
        assertEquals(0, out.size());
        assertThrows(IllegalArgumentException.class, () -> EventFilter.parse("2024-13", null, null));
        assertThrows(IllegalArgumentException.class, () -> EventFilter.parse("2024", "2023", null));
        assertThrows(IllegalArgumentException.class, () -> EventFilter.parse(null, null, "RU"));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("pdf"));
    }

    @Test
    void csvIsTheEdgeListWithQuotedFields() {
        String csv = new String(export(ExportFormat.CSV, EventFilter.NONE), StandardCharsets.UTF_8);
        List<List<String>> rows = CsvRecords.read(csv, "exported CSV");
        assertEquals(CsvNetworkWriter.EDGE_COLUMNS, rows.get(0));
        assertEquals(5, rows.size(), "four events with two participants; the lone visit has no edge: " + rows);
        Map<String, List<String>> byDate = new HashMap<>();
        rows.subList(1, rows.size()).forEach(r -> byDate.put(r.get(5), r));
        List<String> meeting = byDate.get("2024-05-16");
        assertEquals(List.of(ExportFixture.PUTIN.getURI(), ExportFixture.XI.getURI(), "Vladimir Putin", "Xi Jinping",
                "Meeting"), meeting.subList(0, 5));
        assertEquals("2", meeting.get(6), "two articles report the meeting");
        assertTrue(meeting.get(7).startsWith(Parley.ID + "event/"));
        assertEquals(ExportFixture.ENVOY_LABEL, byDate.get("2021").get(2), "special-envoy sorts before vladimir-putin");
        assertEquals("PhoneCall", byDate.get("2023-03").get(4));
    }

    @Test
    void csvNodesAreTheNodeTableOfTheEdgeList() {
        List<List<String>> nodes = CsvRecords.read(new String(export(ExportFormat.CSV_NODES, EventFilter.NONE),
                StandardCharsets.UTF_8), "exported nodes CSV");
        assertEquals(CsvNetworkWriter.NODE_COLUMNS, nodes.get(0));
        Map<String, List<String>> byId = new HashMap<>();
        nodes.subList(1, nodes.size()).forEach(r -> byId.put(r.get(0), r));
        assertEquals(4, byId.size(), "Putin, Xi, Blinken and the envoy, each once");
        assertEquals(List.of(ExportFixture.PUTIN.getURI(), "Vladimir Putin", "Person", "RUS",
                "http://www.wikidata.org/entity/Q7747"), byId.get(ExportFixture.PUTIN.getURI()));
        assertEquals(ExportFixture.ENVOY_LABEL, byId.get(ExportFixture.ENVOY.getURI()).get(1), "quoted and read back");
        List<List<String>> edges = CsvRecords.read(new String(export(ExportFormat.CSV, EventFilter.NONE),
                StandardCharsets.UTF_8), "exported CSV");
        edges.subList(1, edges.size()).forEach(edge -> assertTrue(byId.containsKey(edge.get(0))
                && byId.containsKey(edge.get(1)), "every edge's ends are nodes: " + edge));
    }

    @Test
    void gexfIsValidDynamicGexf13() throws Exception {
        Document doc = GexfStructure.xml(export(ExportFormat.GEXF, EventFilter.NONE));
        GexfStructure.check(doc);
        Element graph = GexfStructure.only(doc.getDocumentElement(), "graph");
        List<Element> nodes = GexfStructure.children(GexfStructure.only(graph, "nodes"), "node");
        List<Element> edges = GexfStructure.children(GexfStructure.only(graph, "edges"), "edge");
        assertEquals(4, nodes.size(), "Putin, Xi, Blinken and the envoy");
        assertEquals(4, edges.size());
        Element putin = nodes.stream().filter(n -> n.getAttribute("id").equals(ExportFixture.PUTIN.getURI()))
                .findFirst().orElseThrow();
        assertEquals("Vladimir Putin", putin.getAttribute("label"));
        assertEquals(Map.of("type", "Person", "country", "RUS", "wikidata", "http://www.wikidata.org/entity/Q7747"),
                GexfStructure.attvalues(putin));
        Element envoy = nodes.stream().filter(n -> n.getAttribute("id").equals(ExportFixture.ENVOY.getURI()))
                .findFirst().orElseThrow();
        assertEquals(ExportFixture.ENVOY_LABEL, envoy.getAttribute("label"), "escaped and read back");
        Map<String, Element> byDate = new HashMap<>();
        edges.forEach(e -> byDate.put(GexfStructure.attvalues(e).get("date"), e));
        assertEquals("2023-03-01", byDate.get("2023-03").getAttribute("start"), "a month is a spell of its days");
        assertEquals("2023-03-31", byDate.get("2023-03").getAttribute("end"));
        assertEquals("2021-12-31", byDate.get("2021").getAttribute("end"));
        assertEquals("2024-05-16", byDate.get("2024-05-16").getAttribute("start"));
        assertEquals("2024-05-16", byDate.get("2024-05-16").getAttribute("end"));
        assertEquals(2.0, Double.parseDouble(byDate.get("2024-05-16").getAttribute("weight")));
    }

    @Test
    void filteredGexfHasOnlyTheSelectedContacts() throws Exception {
        Document doc = GexfStructure.xml(export(ExportFormat.GEXF, RUS_AND_CHN));
        GexfStructure.check(doc);
        Element graph = GexfStructure.only(doc.getDocumentElement(), "graph");
        assertEquals(2, GexfStructure.children(GexfStructure.only(graph, "nodes"), "node").size());
        assertEquals(1, GexfStructure.children(GexfStructure.only(graph, "edges"), "edge").size());
    }

    @Test
    void graphmlHasKeyedNodesAndEdges() throws Exception {
        Document doc = GexfStructure.xml(export(ExportFormat.GRAPHML, EventFilter.NONE));
        Element root = doc.getDocumentElement();
        assertEquals(GraphmlWriter.NAMESPACE, root.getNamespaceURI());
        assertEquals("graphml", root.getLocalName());
        Map<String, String> keyDomains = new HashMap<>();
        GexfStructure.children(root, "key").forEach(k -> keyDomains.put(k.getAttribute("id"), k.getAttribute("for")));
        Element graph = GexfStructure.only(root, "graph");
        assertEquals("undirected", graph.getAttribute("edgedefault"));
        List<Element> nodes = GexfStructure.children(graph, "node");
        List<Element> edges = GexfStructure.children(graph, "edge");
        assertEquals(4, nodes.size());
        assertEquals(4, edges.size());
        Set<String> ids = new HashSet<>();
        for (Element node : nodes) {
            assertTrue(ids.add(node.getAttribute("id")), "unique node ids");
            for (Element data : GexfStructure.children(node, "data")) {
                assertEquals("node", keyDomains.get(data.getAttribute("key")), "declared node key");
            }
        }
        for (Element edge : edges) {
            assertTrue(ids.contains(edge.getAttribute("source")) && ids.contains(edge.getAttribute("target")));
            Map<String, String> data = new HashMap<>();
            for (Element d : GexfStructure.children(edge, "data")) {
                assertEquals("edge", keyDomains.get(d.getAttribute("key")), "declared edge key");
                data.put(d.getAttribute("key"), d.getTextContent());
            }
            assertTrue(Integer.parseInt(data.get("weight")) >= 1);
            assertTrue(data.get("event").startsWith(Parley.ID + "event/"));
        }
    }

    @Test
    void dateSpansCoverTheirPrecision() {
        assertEquals(new DateSpan(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)),
                DateSpan.parse("2024-02").orElseThrow());
        assertTrue(DateSpan.parse("May 2024").isEmpty());
    }
}
