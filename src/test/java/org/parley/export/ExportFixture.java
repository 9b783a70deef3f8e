package org.parley.export;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.Parley;
import org.parley.rdf.Wikidata;
import org.parley.store.ParleyStore;
import org.parley.store.ReferenceGraphs.ReferenceGraph;

/**
 * A small hand-made store with a gazetteer (countries, offices, terms of office) and dated contact reports, merged
 * into events by the real merger:
 * <ul>
 * <li>a.txt and b.txt: the same meeting of Putin and Xi on 2024-05-16 in Beijing (one event, two reports); Xi
 * speaks in a.txt</li>
 * <li>c.txt: a phone call of Xi and Blinken in March 2023 (month precision)</li>
 * <li>d.txt: an undated visit by Putin alone</li>
 * <li>e.txt: a meeting of Putin and an envoy the article places in the USA, in 2021 (year precision); the envoy's
 * label needs escaping everywhere</li>
 * <li>f.txt: a meeting of Xi and Blinken on 2026-02-01, after Blinken's term as US foreign minister ended</li>
 * </ul>
 */
public final class ExportFixture {
    public static final Node PUTIN = id("person/vladimir-putin");
    public static final Node XI = id("person/xi-jinping");
    public static final Node BLINKEN = id("person/antony-blinken");
    public static final Node ENVOY = id("person/special-envoy");
    public static final Node RUS = id("country/RUS");
    public static final Node CHN = id("country/CHN");
    public static final Node USA = id("country/USA");
    public static final String ENVOY_LABEL = "Smith & \"Co\" <Envoy>, special";
    public static final String XI_QUOTE = "a new era of partnership";
    public static final List<String> LOCATORS = List.of("a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt");

    private ExportFixture() {
    }

    /** Creates the store in the directory and closes it again. */
    public static void create(Path directory) {
        try (ParleyStore store = ParleyStore.open(directory)) {
            fill(store);
        }
    }

    /** Adds the gazetteer and the articles to an open store and merges the events. */
    public static void fill(ParleyStore store) {
        store.ensureReferenceGraphs(List.of(ReferenceGraph.of(Parley.GAZETTEER_GRAPH, ExportFixture::gazetteer)));
        store.replaceArticle("a.txt", article("a.txt", Parley.Meeting, "2024-05-16", XI_QUOTE, PUTIN, XI));
        store.replaceArticle("b.txt", article("b.txt", Parley.Meeting, "2024-05-16", null, PUTIN, XI));
        store.replaceArticle("c.txt", article("c.txt", Parley.PhoneCall, "2023-03", null, XI, BLINKEN));
        store.replaceArticle("d.txt", article("d.txt", Parley.Visit, null, null, PUTIN));
        store.replaceArticle("e.txt", article("e.txt", Parley.Meeting, "2021", null, PUTIN, ENVOY));
        store.replaceArticle("f.txt", article("f.txt", Parley.Meeting, "2026-02-01", null, XI, BLINKEN));
        store.rebuildEvents();
    }

    public static Node id(String path) {
        return NodeFactory.createURI(Parley.ID + path);
    }

    static Graph gazetteer() {
        Graph g = GraphFactory.createDefaultGraph();
        country(g, RUS, "RUS", "Russia");
        country(g, CHN, "CHN", "China");
        country(g, USA, "USA", "United States");
        person(g, PUTIN, "Vladimir Putin", "Q7747");
        person(g, XI, "Xi Jinping", "Q15031");
        person(g, BLINKEN, "Antony Blinken", null);
        office(g, "office/RUS/head-of-state", "President of Russia", RUS);
        office(g, "office/CHN/head-of-state", "President of China", CHN);
        office(g, "office/USA/foreign-minister", "Secretary of State", USA);
        position(g, PUTIN, "office/RUS/head-of-state", "2012-05-07", null);
        position(g, XI, "office/CHN/head-of-state", "2013-03-14", null);
        position(g, BLINKEN, "office/USA/foreign-minister", "2021-01-26", "2025-01-20");
        return g;
    }

    /** An article graph in outline as the mapping writes it: one contact report, perhaps one statement. */
    static Graph article(String locator, org.apache.jena.rdf.model.Resource type, String date, String quote,
                         Node... participants) {
        Node article = ArticleGraphs.graphName(locator);
        Node report = NodeFactory.createURI(article.getURI() + "/contact/0");
        Graph g = GraphFactory.createDefaultGraph();
        add(g, article, RDF.type.asNode(), Parley.Article.asNode());
        add(g, article, Parley.locator.asNode(), NodeFactory.createLiteralString(locator));
        add(g, article, DCTerms.title.asNode(), NodeFactory.createLiteralString("Article " + locator));
        add(g, report, RDF.type.asNode(), Parley.ContactReport.asNode());
        add(g, report, Parley.contactType.asNode(), type.asNode());
        add(g, report, Parley.source.asNode(), article);
        if (date != null) {
            XSDDatatype datatype = date.length() == 10 ? XSDDatatype.XSDdate
                    : date.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
            add(g, report, Parley.date.asNode(), NodeFactory.createLiteralDT(date, datatype));
        }
        if (type.equals(Parley.Meeting) && locator.equals("a.txt")) {
            Node beijing = id("place/beijing");
            add(g, report, Parley.place.asNode(), beijing);
            add(g, beijing, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Beijing", "en"));
        }
        for (Node participant : participants) {
            add(g, report, Parley.participant.asNode(), participant);
            add(g, participant, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(label(participant), "en"));
            add(g, participant, RDF.type.asNode(), Parley.Person.asNode());
        }
        if (List.of(participants).contains(ENVOY)) {
            add(g, ENVOY, Parley.country.asNode(), USA);
        }
        if (quote != null) {
            Node statement = NodeFactory.createURI(article.getURI() + "/statement/0");
            add(g, statement, RDF.type.asNode(), Parley.Statement.asNode());
            add(g, statement, Parley.speaker.asNode(), participants[participants.length - 1]);
            add(g, statement, Parley.quote.asNode(), NodeFactory.createLiteralString(quote));
            add(g, statement, Parley.source.asNode(), article);
            add(g, statement, Parley.duringContact.asNode(), report);
        }
        return g;
    }

    private static String label(Node actor) {
        if (actor.equals(ENVOY)) {
            return ENVOY_LABEL;
        }
        return actor.equals(PUTIN) ? "Vladimir Putin" : actor.equals(XI) ? "Xi Jinping" : "Antony Blinken";
    }

    private static void country(Graph g, Node country, String code, String label) {
        add(g, country, RDF.type.asNode(), Parley.Country.asNode());
        add(g, country, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(label, "en"));
        add(g, country, Parley.isoAlpha3.asNode(), NodeFactory.createLiteralString(code));
    }

    private static void person(Graph g, Node person, String label, String qid) {
        add(g, person, RDF.type.asNode(), Parley.Person.asNode());
        add(g, person, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(label, "en"));
        if (qid != null) {
            add(g, person, SKOS.exactMatch.asNode(), NodeFactory.createURI(Wikidata.iri(qid)));
        }
    }

    private static void office(Graph g, String path, String label, Node country) {
        add(g, id(path), RDF.type.asNode(), Parley.Office.asNode());
        add(g, id(path), SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(label, "en"));
        add(g, id(path), Parley.country.asNode(), country);
    }

    private static void position(Graph g, Node person, String office, String start, String end) {
        Node position = id("position/" + person.getURI().substring(person.getURI().lastIndexOf('/') + 1) + "/"
                + office.replace("office/", "").replace('/', '-') + "/" + start);
        add(g, person, Parley.positionHeld.asNode(), position);
        add(g, position, RDF.type.asNode(), Parley.PositionHeld.asNode());
        add(g, position, Parley.office.asNode(), id(office));
        add(g, position, Parley.startDate.asNode(), NodeFactory.createLiteralDT(start, XSDDatatype.XSDdate));
        if (end != null) {
            add(g, position, Parley.endDate.asNode(), NodeFactory.createLiteralDT(end, XSDDatatype.XSDdate));
        }
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
