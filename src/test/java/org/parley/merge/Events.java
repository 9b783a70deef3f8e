package org.parley.merge;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.parley.rdf.Parley;

/** The events of a dataset's events graph, as the merge tests compare them. */
record Events(List<Event> all) {
    static final Node GRAPH = NodeFactory.createURI(Parley.EVENTS_GRAPH);

    /** One event: its IRI, the articles of its reports (by locator), date, place and participants. */
    record Event(String iri, Set<String> sources, String date, String place, Set<String> participants) {
    }

    static Events of(DatasetGraph dataset) {
        Set<Node> events = new TreeSet<>(Comparator.comparing(Node::getURI));
        dataset.find(GRAPH, Node.ANY, Parley.report.asNode(), Node.ANY).forEachRemaining(q -> events.add(q.getSubject()));
        return new Events(events.stream().map(e -> new Event(e.getURI(),
                objects(dataset, e, Parley.report).stream().map(r -> locator(dataset, r)).collect(Collectors.toCollection(TreeSet::new)),
                value(dataset, e, Parley.date), value(dataset, e, Parley.place),
                objects(dataset, e, Parley.participant).stream().map(p -> p.substring(p.lastIndexOf('/') + 1))
                        .collect(Collectors.toCollection(TreeSet::new)))).toList());
    }

    /** The event that the article at the locator reports (the first, if it reports several). */
    Event reportedBy(String locator) {
        return all.stream().filter(e -> e.sources().contains(locator)).findFirst()
                .orElseThrow(() -> new AssertionError("no event reported by " + locator + " in " + all));
    }

    int size() {
        return all.size();
    }

    private static Set<String> objects(DatasetGraph dataset, Node subject, Property property) {
        Set<String> values = new TreeSet<>();
        dataset.find(GRAPH, subject, property.asNode(), Node.ANY).forEachRemaining(q -> values.add(
                q.getObject().isURI() ? q.getObject().getURI() : q.getObject().getLiteralLexicalForm()));
        return values;
    }

    private static String value(DatasetGraph dataset, Node subject, Property property) {
        Set<String> values = objects(dataset, subject, property);
        return values.isEmpty() ? null : values.iterator().next().replace(Parley.ID + "place/", "");
    }

    private static String locator(DatasetGraph dataset, String report) {
        Node article = dataset.find(Node.ANY, NodeFactory.createURI(report), Parley.source.asNode(), Node.ANY)
                .next().getObject();
        return dataset.find(article, article, Parley.locator.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    static Quad[] quads(DatasetGraph dataset) {
        return dataset.stream(GRAPH, Node.ANY, Node.ANY, Node.ANY).toArray(Quad[]::new);
    }
}
