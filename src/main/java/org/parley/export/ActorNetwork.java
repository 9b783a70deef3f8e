package org.parley.export;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;

/**
 * The contact network of the selected events: a node per participant, an edge per pair of participants of an
 * event. Two passes over the events (the same in one read transaction): the first collects the participants (their
 * IRIs are the only thing held for the whole export), the second writes the edges as it goes.
 */
final class ActorNetwork {
    private ActorNetwork() {
    }

    static void write(EventSelection selection, Actors actors, NetworkWriter writer) {
        writer.start();
        Set<Node> participants = new TreeSet<>(Comparator.comparing(Node::toString));
        selection.forEach(event -> participants.addAll(event.participants()));
        participants.forEach(actor -> writer.node(actors.node(actor)));
        writer.startEdges();
        int[] edges = {0};
        selection.forEach(event -> {
            List<Node> people = event.participants();
            String type = event.type().getLocalName();
            for (int i = 0; i < people.size(); i++) {
                for (int j = i + 1; j < people.size(); j++) {
                    writer.edge(new ContactEdge("e" + ++edges[0], actors.node(people.get(i)),
                            actors.node(people.get(j)), type, event.date(), event.span(), event.reports().size(),
                            event.iri().getURI()));
                }
            }
        });
        writer.finish();
    }
}
