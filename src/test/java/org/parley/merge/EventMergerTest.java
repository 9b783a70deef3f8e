package org.parley.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Article;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.Extraction;
import org.parley.model.Mention;
import org.parley.model.PartialDate;
import org.parley.model.Place;
import org.parley.model.Span;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.Parley;

class EventMergerTest {
    private static final Actor PUTIN = person("vladimir-putin", "Vladimir Putin");
    private static final Actor LI = person("li-shangfu", "Li Shangfu");
    private static final Actor SHOIGU = person("sergei-shoigu", "Sergei Shoigu");

    private static Actor person(String slug, String label) {
        return new Actor("person/" + slug, label, ActorKind.PERSON, null, null, null);
    }

    private static Extraction report(String locator, ContactType type, PartialDate date, String place, Actor... participants) {
        return report(locator, type, date, date == null ? null : "on " + date, place, participants);
    }

    private static Extraction report(String locator, ContactType type, PartialDate date, String dateEvidence, String place,
                                     Actor... participants) {
        // Each article's own text: an article is identified by its content.
        String text = "Putin met Li. " + locator;
        Article article = new Article(locator, null, null, text, List.of(), null, null, null, null, "txt", Map.of());
        Mention evidence = new Mention(new Span(6, 9), "met", new Span(0, text.length()), text);
        Place at = place == null ? null : new Place("place/" + place.toLowerCase(java.util.Locale.ROOT), place, Place.Level.CITY, null);
        Contact contact = new Contact(type, List.of(participants), null, date, dateEvidence, at, false, 0.8, List.of(), evidence);
        return new Extraction(article, List.of(participants), List.of(contact), List.of());
    }

    private static final Map<String, Extraction> SEEDS = Map.of(
            "001", report("seeds/001.txt", ContactType.MEETING, null, "Moscow", PUTIN, LI),
            "002", report("seeds/002.txt", ContactType.MEETING, PartialDate.parse("2023-04-16"), "Moscow", PUTIN, LI),
            "003", report("seeds/003.txt", ContactType.MEETING, PartialDate.parse("2023-04-16"), "Moscow", PUTIN, SHOIGU, LI));

    private static DatasetGraph ingest(List<String> order) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        EventMerger merger = new EventMerger();
        for (String key : order) {
            Extraction e = SEEDS.get(key);
            Node g = ArticleGraphs.graphName(e.article().locator());
            dataset.removeGraph(g);
            ArticleGraphs.toGraph(e).find().forEachRemaining(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            merger.rebuild(dataset);
        }
        return dataset;
    }

    private static Graph events(DatasetGraph dataset) {
        return dataset.getGraph(NodeFactory.createURI(Parley.EVENTS_GRAPH));
    }

    private static List<List<String>> rows(DatasetGraph dataset) {
        String q = """
                PREFIX parley: <https://w3id.org/parley/ns#>
                SELECT ?event (COUNT(DISTINCT ?report) AS ?reports) (SAMPLE(STR(?date)) AS ?d) WHERE {
                  GRAPH <https://w3id.org/parley/id/graph/events> { ?event parley:report ?report . OPTIONAL { ?event parley:date ?date } }
                } GROUP BY ?event ORDER BY ?event""";
        List<List<String>> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.create(q, DatasetFactory.wrap(dataset))) {
            exec.execSelect().forEachRemaining(r -> rows.add(List.of(r.get("event").toString(),
                    r.getLiteral("reports").getLexicalForm(), r.contains("d") ? r.getLiteral("d").getString() : "")));
        }
        return rows;
    }

    @Test
    void threeReportsOfOneMeetingAreOneEventDatedByTheDatedReports() {
        List<List<String>> rows = rows(ingest(List.of("001", "002", "003")));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("3", rows.get(0).get(1));
        assertEquals("2023-04-16", rows.get(0).get(2));
    }

    @Test
    void everyOrderOfIngestGivesTheSameEventsGraph() {
        Graph reference = events(ingest(List.of("001", "002", "003")));
        List<String> keys = new ArrayList<>(List.of("001", "002", "003"));
        Random random = new Random(7);
        for (int i = 0; i < 6; i++) {
            Collections.shuffle(keys, random);
            Graph other = events(ingest(keys));
            assertTrue(reference.isIsomorphicWith(other), "order " + keys);
        }
        // One batch and a re-ingest of everything give the same graph too.
        assertTrue(reference.isIsomorphicWith(events(ingest(List.of("003", "001", "002", "001", "002", "003")))));
    }

    @Test
    void removingOneReportKeepsTheEventWithTheOthers() {
        DatasetGraph dataset = ingest(List.of("001", "002", "003"));
        dataset.removeGraph(ArticleGraphs.graphName("seeds/002.txt"));
        new EventMerger().rebuild(dataset);
        List<List<String>> rows = rows(dataset);
        assertEquals(1, rows.size());
        assertEquals("2", rows.get(0).get(1));
        assertEquals("2023-04-16", rows.get(0).get(2));
    }

    @Test
    void lookAlikeContactsOnDifferentDaysStayApart() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (Extraction e : List.of(
                report("a.txt", ContactType.MEETING, PartialDate.parse("2023-04-16"), "Moscow", SHOIGU, LI),
                report("b.txt", ContactType.MEETING, PartialDate.parse("2023-04-18"), "Moscow", SHOIGU, LI))) {
            Node g = ArticleGraphs.graphName(e.article().locator());
            ArticleGraphs.toGraph(e).find().forEachRemaining(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        new EventMerger().rebuild(dataset);
        assertEquals(2, rows(dataset).size());
    }

    @Test
    void anUndatedReportWithTwoCandidatesJoinsNeither() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (Extraction e : List.of(
                report("a.txt", ContactType.MEETING, PartialDate.parse("2023-04-16"), null, SHOIGU, LI),
                report("b.txt", ContactType.MEETING, PartialDate.parse("2023-04-18"), null, SHOIGU, LI),
                report("c.txt", ContactType.MEETING, null, null, SHOIGU, LI))) {
            Node g = ArticleGraphs.graphName(e.article().locator());
            ArticleGraphs.toGraph(e).find().forEachRemaining(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        new EventMerger().rebuild(dataset);
        List<List<String>> rows = rows(dataset);
        assertEquals(3, rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.get(2).isEmpty()), "the undated report stays undated: " + rows);
    }

    @Test
    void aReadoutDatedByItsNextMorningPublicationJoinsTheDatedReport() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (Extraction e : List.of(
                report("state.txt", ContactType.VISIT, PartialDate.parse("2022-04-24"), "yesterday", "Kyiv", SHOIGU),
                report("kyiv.txt", ContactType.VISIT, PartialDate.parse("2022-04-25"), null, "Kyiv", SHOIGU),
                report("other.txt", ContactType.VISIT, PartialDate.parse("2022-04-27"), null, "Kyiv", SHOIGU))) {
            Node g = ArticleGraphs.graphName(e.article().locator());
            ArticleGraphs.toGraph(e).find().forEachRemaining(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        new EventMerger().rebuild(dataset);
        List<List<String>> rows = rows(dataset);
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("2") && r.get(2).equals("2022-04-24")),
                "the text's date wins over the publication date: " + rows);
    }

    @Test
    void aPhoneReportAndAVideoReportOfOneCallMerge() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (Extraction e : List.of(
                report("wh.txt", ContactType.VIDEO_CALL, PartialDate.parse("2021-12-07"), null, PUTIN, SHOIGU),
                report("kremlin.txt", ContactType.PHONE_CALL, PartialDate.parse("2021-12-07"), null, PUTIN, SHOIGU))) {
            Node g = ArticleGraphs.graphName(e.article().locator());
            ArticleGraphs.toGraph(e).find().forEachRemaining(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        new EventMerger().rebuild(dataset);
        assertEquals(1, rows(dataset).size());
        assertTrue(events(dataset).contains(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                NodeFactory.createURI(Parley.NS + "VideoCall")));
    }
}
