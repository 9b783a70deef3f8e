package org.parley.merge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.model.ContactType;
import org.parley.model.PartialDate;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.Ids;
import org.parley.rdf.Parley;

/** Writes a cluster as an event into the events graph, with its precomputed facets. */
final class EventWriter {
    static final Node EVENTS = NodeFactory.createURI(Parley.EVENTS_GRAPH);

    private final DatasetGraph dataset;
    private final PlaceHierarchy places;
    private final ParticipantCountries countries;
    private final EventNames names;

    EventWriter(DatasetGraph dataset, PlaceHierarchy places) {
        this.dataset = dataset;
        this.places = places;
        this.countries = new ParticipantCountries(dataset);
        this.names = new EventNames(dataset);
    }

    void write(Node event, EventCluster cluster) {
        ContactType type = cluster.type();
        add(event, RDF.type.asNode(), NodeFactory.createURI(Parley.NS + type.localName()));
        cluster.reports.forEach(r -> add(event, Parley.report, NodeFactory.createURI(r.iri())));
        cluster.participants().forEach(p -> add(event, Parley.participant, NodeFactory.createURI(p)));
        PartialDate date = cluster.date();
        String text = date == null ? "" : date.toString();
        Node dateText = NodeFactory.createLiteralString(text);
        add(event, Parley.dateText, dateText);
        Node dateNode = dateNode(text);
        add(event, Parley.onDate, dateNode);
        add(dateNode, Parley.dateLabel, dateText);
        if (date != null) {
            add(event, Parley.date, ArticleGraphs.dateLiteral(date));
            add(event, Parley.datePrecision, NodeFactory.createLiteralString(ArticleGraphs.precisionName(date)));
            if (date.precision() != PartialDate.Precision.YEAR) {
                add(event, Parley.month, NodeFactory.createLiteralDT(YearMonth.of(date.year(), date.month()).toString(),
                        XSDDatatype.XSDgYearMonth));
            }
        }
        LocalDate[] span = cluster.span();
        if (span != null) {
            add(event, Parley.firstDay, day(span[0]));
            add(event, Parley.lastDay, day(span[1]));
        }
        List<String> eventCountries = List.copyOf(countries.of(cluster.participants(), cluster.reports, date));
        eventCountries.forEach(c -> add(event, Parley.participantCountry, NodeFactory.createURI(c)));
        countryPairs(eventCountries).forEach(pair -> add(event, Parley.countryPair, NodeFactory.createLiteralString(pair)));
        add(event, Parley.reportCount, NodeFactory.createLiteralDT(Integer.toString(cluster.reports.size()),
                XSDDatatype.XSDinteger));
        Map<String, Set<Node>> participantNames = names.participants(cluster);
        participantNames.forEach((participant, labels) -> {
            Node taking = participation(event, participant);
            add(event, Parley.participation, taking);
            add(taking, Parley.actor, NodeFactory.createURI(participant));
            namesOrNone(labels).forEach(label -> add(taking, Parley.actorLabel, label));
            namesOrNone(counterpartNames(participantNames, participant))
                    .forEach(label -> add(taking, Parley.counterpartLabel, label));
        });
        String place = cluster.place(places);
        if (place != null) {
            add(event, Parley.place, NodeFactory.createURI(place));
        }
        namesOrNone(place == null ? Set.of() : names.place(cluster, place))
                .forEach(label -> add(event, Parley.placeLabel, label));
        add(event, Parley.confidence, ArticleGraphs.confidenceLiteral(cluster.confidence()));
        add(event, RDFS.label.asNode(),
                NodeFactory.createLiteralString(type.localName() + (date == null ? "" : " " + date)));
        add(event, SKOS.note.asNode(), NodeFactory.createLiteralString(cluster.reports.size() + " report(s)"));
    }

    void delete(Node event) {
        List<Node> takings = Iter.iter(dataset.find(EVENTS, event, Parley.participation.asNode(), Node.ANY))
                .map(Quad::getObject).toList();
        List<Node> dates = Iter.iter(dataset.find(EVENTS, event, Parley.onDate.asNode(), Node.ANY))
                .map(Quad::getObject).toList();
        takings.forEach(taking -> dataset.deleteAny(EVENTS, taking, Node.ANY, Node.ANY));
        dataset.deleteAny(EVENTS, event, Node.ANY, Node.ANY);
        // A date node goes with the last event of its date, so that the events graph is what a rebuild writes.
        dates.stream().filter(d -> !dataset.find(EVENTS, Node.ANY, Parley.onDate.asNode(), d).hasNext())
                .forEach(d -> dataset.deleteAny(EVENTS, d, Node.ANY, Node.ANY));
    }

    /** The node of a date text, shared by the events of that date. */
    private static Node dateNode(String dateText) {
        return NodeFactory.createURI(Parley.ID + "date/" + (dateText.isEmpty() ? "undated" : dateText));
    }

    /**
     * The names, or the empty string when there are none, as {@link Parley#dateText} is for no date: a name facet
     * is always there, so that a query reads it in the same index join as the event rather than as an OPTIONAL,
     * which ARQ evaluates row by row apart.
     */
    private static Set<Node> namesOrNone(Set<Node> names) {
        return names.isEmpty() ? Set.of(NodeFactory.createLiteralString("")) : names;
    }

    /**
     * The names of everyone else in the event, as its reports give them: a person's row of a timeline read from the
     * person's participation alone. An event has few participants, so that these grow little with its square.
     */
    private static Set<Node> counterpartNames(Map<String, Set<Node>> participantNames, String participant) {
        Set<Node> counterparts = new LinkedHashSet<>();
        participantNames.forEach((other, labels) -> {
            if (!other.equals(participant)) {
                counterparts.addAll(labels);
            }
        });
        return counterparts;
    }

    /** A participant's part in the event: an IRI of the event's own, so that a rebuild writes the same. */
    private static Node participation(Node event, String participant) {
        return NodeFactory.createURI(event.getURI() + "/participant/" + Ids.hash(participant));
    }

    /**
     * The keys of {@link Parley#countryPair}: each two countries (each with itself too) in code-point order, as
     * a query builds the key from its two countries.
     */
    private static Set<String> countryPairs(List<String> countries) {
        Set<String> pairs = new TreeSet<>();
        for (String a : countries) {
            for (String b : countries) {
                if (a.compareTo(b) <= 0) {
                    pairs.add(a + " " + b);
                }
            }
        }
        return pairs;
    }

    private static Node day(LocalDate day) {
        return NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
    }

    private void add(Node event, Property property, Literal literal) {
        add(event, property.asNode(), literal.asNode());
    }

    private void add(Node event, Property property, Node object) {
        add(event, property.asNode(), object);
    }

    private void add(Node event, Node predicate, Node object) {
        dataset.add(EVENTS, event, predicate, object);
    }
}
