package org.parley.rdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.parley.model.PartialDate;

/**
 * Precomputed triples on each merged event, so that queries select events by month and country with one indexed
 * pattern instead of joining every participant's terms of office (the events-graph facets of the team's contract):
 * {@code parley:month}, an xsd:gYearMonth, when the event's date names a month or a day; and
 * {@code parley:participantCountry} for each participant: the country itself, else the countries of the offices
 * it held on the event's date (gazetteer terms of office), else the country the articles or the gazetteer state
 * for it, or that of the office the articles give it.
 */
public final class EventFacets {
    private EventFacets() {
    }

    /** Adds the facets to every event of the events model, looking the participants up in the dataset. */
    public static void add(Model events, DatasetGraph dataset) {
        for (Resource event : events.listSubjectsWithProperty(Parley.participant).toList()) {
            PartialDate date = Optional.ofNullable(event.getProperty(Parley.date))
                    .map(s -> PartialDate.parse(s.getString())).orElse(null);
            if (date != null && date.precision() != PartialDate.Precision.YEAR) {
                event.addLiteral(Parley.month, events.createTypedLiteral(
                        String.format("%04d-%02d", date.year(), date.month()), XSDDatatype.XSDgYearMonth));
            }
            for (Resource participant : event.listProperties(Parley.participant).mapWith(s -> s.getResource()).toList()) {
                countries(participant.asNode(), date, dataset)
                        .forEach(c -> event.addProperty(Parley.participantCountry, events.wrapAsResource(c)));
            }
        }
    }

    private static Set<Node> countries(Node actor, PartialDate date, DatasetGraph dataset) {
        Set<Node> countries = new LinkedHashSet<>();
        if (dataset.findNG(Node.ANY, actor, RDF.type.asNode(), Parley.Country.asNode()).hasNext()) {
            countries.add(actor);
            return countries;
        }
        if (date != null) {
            for (Node position : objects(dataset, actor, Parley.positionHeld)) {
                LocalDate start = day(dataset, position, Parley.startDate);
                LocalDate end = day(dataset, position, Parley.endDate);
                boolean held = (start == null || !start.isAfter(date.end())) && (end == null || !end.isBefore(date.start()));
                if (held) {
                    objects(dataset, position, Parley.office)
                            .forEach(office -> countries.addAll(objects(dataset, office, Parley.country)));
                }
            }
        }
        if (countries.isEmpty()) {
            countries.addAll(objects(dataset, actor, Parley.country));
            objects(dataset, actor, Parley.office)
                    .forEach(office -> countries.addAll(objects(dataset, office, Parley.country)));
        }
        return countries;
    }

    private static LocalDate day(DatasetGraph dataset, Node subject, Property property) {
        return objects(dataset, subject, property).stream().filter(Node::isLiteral)
                .map(n -> PartialDate.parse(n.getLiteralLexicalForm()).start()).findFirst().orElse(null);
    }

    private static List<Node> objects(DatasetGraph dataset, Node subject, Property property) {
        List<Node> objects = new ArrayList<>();
        dataset.findNG(Node.ANY, subject, property.asNode(), Node.ANY).forEachRemaining(q -> objects.add(q.getObject()));
        return objects.stream().distinct().toList();
    }
}
