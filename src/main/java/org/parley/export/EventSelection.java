package org.parley.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.parley.rdf.Parley;
import org.parley.store.StoreStats;

/**
 * The events of the events graph that pass a filter, read one at a time straight from the indexes, so that an export
 * holds one event in memory, not all of them. Use inside one read transaction; each pass sees the same events.
 */
final class EventSelection {
    static final Node EVENTS = NodeFactory.createURI(Parley.EVENTS_GRAPH);
    private static final Set<Node> EVENT_TYPES =
            StoreStats.EVENT_TYPES.stream().map(Resource::asNode).collect(Collectors.toUnmodifiableSet());

    private final DatasetGraph dsg;
    private final EventFilter filter;
    private final Actors actors;
    private final List<Node> countries = new ArrayList<>();

    /** @throws IllegalArgumentException naming a country code the store does not know */
    EventSelection(DatasetGraph dsg, EventFilter filter, Actors actors) {
        this.dsg = dsg;
        this.filter = filter;
        this.actors = actors;
        for (String code : filter.countries()) {
            countries.add(actors.country(code).orElseThrow(() -> new IllegalArgumentException(
                    "unknown country code " + code + ": no country in the store has parley:isoAlpha3 \"" + code
                            + "\"")));
        }
    }

    /** Calls the action with each event that passes the filter, in the store's index order. */
    void forEach(Consumer<SelectedEvent> action) {
        Iterator<Quad> typed = dsg.find(EVENTS, Node.ANY, RDF.type.asNode(), Node.ANY);
        while (typed.hasNext()) {
            Quad quad = typed.next();
            if (EVENT_TYPES.contains(quad.getObject())) {
                SelectedEvent event = read(quad.getSubject(), quad.getObject());
                if (accepts(event)) {
                    action.accept(event);
                }
            }
        }
    }

    private SelectedEvent read(Node event, Node type) {
        String date = objects(event, Parley.date).stream().filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).findFirst().orElse("");
        DateSpan span = DateSpan.parse(date).orElse(null);
        List<Node> participants = objects(event, Parley.participant).stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
        return new SelectedEvent(event, type, date, span, participants, objects(event, Parley.report));
    }

    private boolean accepts(SelectedEvent event) {
        if (filter.hasDates() && (event.span() == null || !filter.acceptsDate(event.span()))) {
            return false;
        }
        return countries.stream().allMatch(country -> event.participants().stream()
                .anyMatch(p -> actors.affiliations(p).represents(country, event.span())));
    }

    private List<Node> objects(Node event, Property property) {
        List<Node> objects = new ArrayList<>();
        dsg.find(EVENTS, event, property.asNode(), Node.ANY).forEachRemaining(q -> objects.add(q.getObject()));
        return objects;
    }
}
