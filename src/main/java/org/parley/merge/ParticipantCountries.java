package org.parley.merge;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.parley.model.PartialDate;
import org.parley.rdf.Parley;

/**
 * The country each participant of an event stood for on its date (the Events graph facets contract): a country is
 * itself; a person is the country of the office they held then (from the gazetteer's dated positions), else their
 * stated country; an organisation its stated country. Undated, a person's offices count only when they all belong
 * to one country. Lookups are cached for the life of the object (one merge).
 * <p>
 * A stated country is the gazetteer's, or one the event's own articles give. Not every article's: every article
 * graph that names an actor states its country again, so that reading them all would cost a read per article (a
 * merge's cost would grow with the store), and an event's facets would change with articles that are not its own,
 * which an incremental merge does not revisit.
 */
final class ParticipantCountries {
    private static final Node GAZETTEER = NodeFactory.createURI(Parley.GAZETTEER_GRAPH);

    private final DatasetGraph dataset;
    private final Map<String, Actor> actors = new HashMap<>();

    ParticipantCountries(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** A term of office: its country and dates (null when open). */
    private record Term(String country, LocalDate start, LocalDate end) {
        boolean covers(PartialDate date) {
            return (start == null || !start.isAfter(date.end())) && (end == null || end.isAfter(date.start()));
        }
    }

    private record Actor(boolean country, Set<String> stated, List<Term> terms) {
    }

    /** The countries the participants stood for on the date; the reports are the event's. */
    Set<String> of(Set<String> participants, Collection<ContactReportRecord> reports, PartialDate date) {
        Set<String> countries = new LinkedHashSet<>();
        for (String participant : participants) {
            Actor actor = actors.computeIfAbsent(participant, this::lookUp);
            if (actor.country()) {
                countries.add(participant);
                continue;
            }
            Set<String> held = new LinkedHashSet<>();
            actor.terms().stream().filter(t -> date == null || t.covers(date)).forEach(t -> held.add(t.country()));
            if (!held.isEmpty() && (date != null || held.size() == 1)) {
                countries.addAll(held);
            } else {
                countries.addAll(actor.stated());
                Node node = NodeFactory.createURI(participant);
                reports.stream().map(r -> NodeFactory.createURI(r.article())).distinct()
                        .forEach(article -> countries.addAll(objects(article, node, Parley.country)));
            }
        }
        return countries;
    }

    private Actor lookUp(String iri) {
        Node actor = NodeFactory.createURI(iri);
        boolean country = dataset.contains(Node.ANY, actor, RDF.type.asNode(), Parley.Country.asNode());
        Set<String> stated = new LinkedHashSet<>(objects(GAZETTEER, actor, Parley.country));
        List<Term> terms = objects(actor, Parley.positionHeld).stream().flatMap(position -> {
            LocalDate start = day(position, Parley.startDate);
            LocalDate end = day(position, Parley.endDate);
            return objects(position, Parley.office).stream()
                    .flatMap(office -> objects(office, Parley.country).stream())
                    .map(c -> new Term(c.getURI(), start, end));
        }).toList();
        return new Actor(country, stated, terms);
    }

    private List<String> objects(Node graph, Node subject, org.apache.jena.rdf.model.Property property) {
        return dataset.stream(graph, subject, property.asNode(), Node.ANY)
                .map(q -> q.getObject()).filter(Node::isURI).map(Node::getURI).toList();
    }

    /** In any graph: for positions and offices, which only the gazetteer gives, that is one read. */
    private List<Node> objects(Node subject, org.apache.jena.rdf.model.Property property) {
        return dataset.stream(Node.ANY, subject, property.asNode(), Node.ANY)
                .map(q -> q.getObject()).filter(Node::isURI).distinct().toList();
    }

    private LocalDate day(Node subject, org.apache.jena.rdf.model.Property property) {
        return dataset.stream(Node.ANY, subject, property.asNode(), Node.ANY)
                .map(q -> q.getObject()).filter(Node::isLiteral)
                .map(o -> PartialDate.parse(o.getLiteralLexicalForm()).start())
                .findFirst().orElse(null);
    }
}
