package org.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.Parley;
import org.parley.store.ParleyStore;

/**
 * Every named query over the five sample articles, with the rows counted by hand from the samples: four events
 * (Putin and Xi's call of 2024-02-08, one report, 000; Putin's meeting with Li Shangfu and Shoigu in Moscow on
 * 2023-04-16, three reports, 001 and 002 naming Putin and Li, 003 naming Shoigu too; from 004, undated, Xi's meeting
 * with Putin and Xi's visit to Russia, one report each), six reports in all.
 */
class NamedQueriesOverSamplesTest {
    @TempDir
    static Path dir;

    private static ParleyStore store;
    private static ParameterValues values;

    private static final String PUTIN = Parley.ID + "person/vladimir-putin";
    private static final String MOSCOW_MEETING = Parley.ID + "event/2557ae9831e6e5fa";

    @BeforeAll
    static void ingest() throws InterruptedException {
        store = SampleStore.create(dir);
        values = new ParameterValues(store.datasetGraph());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The rows of a named query run with the values, each row as variable to lexical form. */
    private static List<Map<String, String>> rows(String name, String... nameValuePairs) {
        NamedQuery query = NamedQueries.builtIn(name).orElseThrow();
        Map<Var, Node> bindings = values.bind(query, pairs(nameValuePairs));
        ResultSetRewindable results = store.select(query.query(), bindings);
        List<Map<String, String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            Map<String, String> row = new LinkedHashMap<>();
            solution.varNames().forEachRemaining(v -> row.put(v, solution.get(v).isLiteral()
                    ? solution.getLiteral(v).getLexicalForm() : solution.get(v).toString()));
            rows.add(row);
        }
        return rows;
    }

    private static Graph graph(String name, String... nameValuePairs) {
        NamedQuery query = NamedQueries.builtIn(name).orElseThrow();
        return store.graphQuery(query.query(), values.bind(query, pairs(nameValuePairs)));
    }

    private static Map<String, String> pairs(String... nameValuePairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            map.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return map;
    }

    @Test
    void theQueriesWithoutParametersGiveTheHandCountedRows() {
        assertEquals(5, rows("article-dates").size(), "one per article");
        assertEquals(12, rows("contacts").size(), "call 2 + Moscow meeting 2 + 2 + 3 + meeting 2 + visit 1");
        assertEquals(5, rows("export-edges").size(), "pairs: call 1, Moscow meeting 3, meeting 1 (the lone visitor has none)");
        assertEquals(6, rows("event-sources").size(), "one per report");
        assertEquals(3, rows("event-sources", "event", MOSCOW_MEETING).size(), "the meeting's three reports");
    }

    @Test
    void personTimelineListsOnlyRealCounterparts() {
        List<Map<String, String>> putin = rows("person-timeline", "person", "Putin");
        assertEquals(List.of("", "2023-04-16", "2024-02-08"), putin.stream().map(r -> r.get("date")).toList());
        assertEquals("Xi Jinping", putin.get(0).get("counterparts"), "the undated visit");
        assertEquals(List.of("Li Shangfu", "Sergei Shoigu"),
                List.of(putin.get(1).get("counterparts").split("; ")).stream().sorted().toList());
        assertEquals("3", putin.get(1).get("reports"));
        assertEquals("Moscow", putin.get(1).get("place"), "the meeting's place, named once however many reports give it");
        assertEquals(null, putin.get(2).get("place"), "a call has no place");
        assertEquals(1, rows("person-timeline", "person", "vladimir putin", "from", "2023", "to", "2023-12").size());
        List<Map<String, String>> xi = rows("person-timeline", "person", "Xi");
        assertEquals(3, xi.size(), "Xi is only Xi Jinping: call, meeting, visit");
        assertEquals(List.of(""), xi.stream().filter(r -> r.get("type").endsWith("#Visit")).map(r -> r.get("counterparts"))
                .toList(), "a visit of one has no counterparts (not every label in the store)");
        assertEquals(putin, rows("person-timeline", "person", "<" + PUTIN + ">"));
        assertEquals(putin, rows("person-timeline", "person", PUTIN));
    }

    @Test
    void countriesAreFoundByCodeInAnyCaseByNameOrByAlias() {
        List<Map<String, String>> rusChn = rows("bilateral-contacts-per-month", "countryA", "RUS", "countryB", "CHN");
        assertEquals(List.of("2023-04 Meeting", "2024-02 PhoneCall"), rusChn.stream()
                .map(r -> r.get("month") + " " + r.get("type").substring(r.get("type").indexOf('#') + 1)).toList());
        assertEquals(rusChn, rows("bilateral-contacts-per-month", "countryA", "rus", "countryB", "China"));
        assertEquals(rusChn, rows("bilateral-contacts-per-month", "countryA", "Russian Federation", "countryB", "cn"));
    }

    @Test
    void theExplorationQueriesSelectByPersonOrCountries() {
        List<Map<String, String>> putin = rows("explore-contacts", "person", "Putin");
        assertEquals(7, putin.size(), "meeting 2 + Moscow meeting 3 + call 2 participants");
        assertTrue(putin.stream().anyMatch(r -> r.get("participantLabel").equals("Li Shangfu")
                && r.get("month").equals("2023-04") && r.get("type").equals("Meeting")), putin.toString());
        assertEquals(5, rows("explore-reports", "person", "Putin").size(), "meeting 1 + Moscow meeting 3 + call 1");
        assertEquals(1, rows("explore-contacts", "person", "Putin", "from", "2024").stream()
                .map(r -> r.get("event")).distinct().count(), "only the call");
        assertEquals(3, rows("explore-contacts", "countryA", "RUS", "countryB", "CHN").stream()
                .map(r -> r.get("event")).distinct().count(), "call, Moscow meeting, and the undated meeting by the "
                + "offices the article gives Putin and Xi; not Xi's lone visit");
        Map<String, String> putinRow = rows("actors").stream().filter(r -> r.get("actor").equals(PUTIN))
                .findFirst().orElseThrow();
        assertEquals("3", putinRow.get("contacts"));
        assertTrue(List.of(putinRow.get("aliases").split("\\|")).contains("Putin"), putinRow.toString());
    }

    @Test
    void statementsAndTheirChannels() {
        assertEquals(37, rows("statements").size());
        List<Map<String, String>> xi = rows("who-quoted-whom", "speaker", "Xi");
        assertFalse(xi.isEmpty());
        assertTrue(xi.stream().allMatch(r -> r.get("speakerLabel").equals("Xi Jinping")), xi.toString());
        assertTrue(xi.stream().anyMatch(r -> r.get("channel").equals("CCTV")), "the gazetteer's name for the channel: " + xi);
    }

    @Test
    void describeQueriesTakeTheIriWithOrWithoutBrackets() {
        Graph bare = graph("describe-actor", "entity", PUTIN);
        assertTrue(bare.size() > 20, "offices, contacts, statements: " + bare.size());
        assertTrue(bare.isIsomorphicWith(graph("describe-actor", "entity", "<" + PUTIN + ">")));
        assertEquals(3, graph("describe-event", "entity", MOSCOW_MEETING)
                .find(Node.ANY, Parley.evidence.asNode(), Node.ANY).toList().size(), "the three reports' evidence");
        assertFalse(graph("describe", "entity", Parley.ID + "country/RUS").isEmpty());
    }

    @Test
    void wrongValuesAreErrorsNamingTheParameter() {
        assertError("needs parameter countryA", "bilateral-contacts-per-month");
        assertError("countryA=XYZ: no country 'XYZ'", "bilateral-contacts-per-month", "countryA", "XYZ",
                "countryB", "CHN");
        assertError("has no parameter country (it takes countryA, countryB)", "bilateral-contacts-per-month",
                "country", "RUS");
        assertError("person=Wang is ambiguous; it could be Wang", "person-timeline", "person", "Wang");
        assertError("person=Nobody Atall: no person named", "person-timeline", "person", "Nobody Atall");
        assertError("from=2023-13: not a date", "person-timeline", "person", "Putin", "from", "2023-13");
        assertError("entity=not an iri: not an IRI", "describe-actor", "entity", "not an iri");
        assertError("needs parameter entity", "describe");
        assertError("needs at least one of the parameters person, countryA, countryB", "explore-contacts");
        assertError("has no parameter speakers", "who-quoted-whom", "speakers", "Xi");
    }

    private static void assertError(String expected, String query, String... nameValuePairs) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> rows(query, nameValuePairs));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void everyLabelledResourceHasAnRdfsLabelAndEveryEventAndArticleOne() {
        String prefixes = "PREFIX parley: <" + Parley.NS + "> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
        assertFalse(store.ask(QueryFactory.create(prefixes
                + "ASK { ?x skos:prefLabel ?l FILTER NOT EXISTS { ?x rdfs:label ?l } }"), Map.of()));
        assertFalse(store.ask(QueryFactory.create(prefixes + "ASK { { ?x a parley:Article } UNION { ?x a parley:Meeting }"
                + " UNION { ?x a parley:Office } UNION { ?x a parley:Person } FILTER NOT EXISTS { ?x rdfs:label ?l } }"),
                Map.of()));
    }

    @Test
    void eventsCarryTheirMonthAndTheirParticipantsCountries() {
        Node meeting = NodeFactory.createURI(MOSCOW_MEETING);
        Node events = NodeFactory.createURI(Parley.EVENTS_GRAPH);
        List<String> months = store.read(dsg -> Iter.toList(dsg.find(events, meeting, Parley.month.asNode(), Node.ANY)))
                .stream().map(q -> q.getObject().getLiteralLexicalForm()).toList();
        assertEquals(List.of("2023-04"), months);
        List<String> countries = store.read(dsg -> Iter.toList(dsg.find(events, meeting,
                Parley.participantCountry.asNode(), Node.ANY))).stream().map(q -> q.getObject().getURI()).sorted().toList();
        assertEquals(List.of(Parley.ID + "country/CHN", Parley.ID + "country/RUS"), countries,
                "Li Shangfu was China's defence minister, Putin and Shoigu held Russian offices");
    }
}
