package org.parley.merge;

import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.model.ContactType;
import org.parley.model.PartialDate;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.Parley;

/** Writes a cluster as an event into the events graph, with its precomputed facets. */
final class EventWriter {
    static final Node EVENTS = NodeFactory.createURI(Parley.EVENTS_GRAPH);

    private final DatasetGraph dataset;
    private final PlaceHierarchy places;
    private final ParticipantCountries countries;

    EventWriter(DatasetGraph dataset, PlaceHierarchy places) {
        this.dataset = dataset;
        this.places = places;
        this.countries = new ParticipantCountries(dataset);
    }

    void write(Node event, EventCluster cluster) {
        ContactType type = cluster.type();
        add(event, RDF.type.asNode(), NodeFactory.createURI(Parley.NS + type.localName()));
        cluster.reports.forEach(r -> add(event, Parley.report, NodeFactory.createURI(r.iri())));
        cluster.participants().forEach(p -> add(event, Parley.participant, NodeFactory.createURI(p)));
        PartialDate date = cluster.date();
        add(event, Parley.dateText, NodeFactory.createLiteralString(date == null ? "" : date.toString()));
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
        countries.of(cluster.participants(), cluster.reports, date)
                .forEach(c -> add(event, Parley.participantCountry, NodeFactory.createURI(c)));
        String place = cluster.place(places);
        if (place != null) {
            add(event, Parley.place, NodeFactory.createURI(place));
        }
        add(event, Parley.confidence, ArticleGraphs.confidenceLiteral(cluster.confidence()));
        add(event, RDFS.label.asNode(),
                NodeFactory.createLiteralString(type.localName() + (date == null ? "" : " " + date)));
        add(event, SKOS.note.asNode(), NodeFactory.createLiteralString(cluster.reports.size() + " report(s)"));
    }

    void delete(Node event) {
        dataset.deleteAny(EVENTS, event, Node.ANY, Node.ANY);
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
