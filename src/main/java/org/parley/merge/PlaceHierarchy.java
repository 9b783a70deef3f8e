package org.parley.merge;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.rdf.Parley;

/**
 * The places a place lies within, from {@code parley:locatedIn} (venue → city → country) in any graph of the store:
 * two places agree when they are the same, when one lies within the other, or when either is unknown (to the
 * hierarchy). Lookups are cached for the life of the object (one merge).
 */
final class PlaceHierarchy {
    private final DatasetGraph dataset;
    private final Map<String, Set<String>> ancestors = new HashMap<>();
    private final Map<String, Boolean> known = new HashMap<>();

    PlaceHierarchy(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * Whether two places can be the place of one contact: unless the hierarchy tells them apart (both are places
     * it knows, and neither lies within the other), they can. A place given only by a name the gazetteer lacks
     * is as good as unknown.
     */
    boolean agree(String a, String b) {
        return related(a, b) || !known(a) || !known(b);
    }

    /**
     * Whether the hierarchy shows two places to be compatible: the same, one within the other, or either unknown.
     * What weak dating needs, where a name the gazetteer lacks must match exactly.
     */
    boolean related(String a, String b) {
        return a == null || b == null || a.equals(b) || ancestors(a).contains(b) || ancestors(b).contains(a);
    }

    /** Whether the place is in the hierarchy at all: it lies within a place, or a place lies within it. */
    boolean known(String place) {
        return known.computeIfAbsent(place, p -> !ancestors(p).isEmpty()
                || dataset.find(Node.ANY, Node.ANY, Parley.locatedIn.asNode(), NodeFactory.createURI(p)).hasNext());
    }

    /** How many places the place lies within: the deeper, the more specific. */
    int depth(String place) {
        return ancestors(place).size();
    }

    private Set<String> ancestors(String place) {
        return ancestors.computeIfAbsent(place, this::lookUp);
    }

    private Set<String> lookUp(String place) {
        Set<String> found = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(NodeFactory.createURI(place));
        while (!todo.isEmpty()) {
            dataset.find(Node.ANY, todo.poll(), Parley.locatedIn.asNode(), Node.ANY).forEachRemaining(q -> {
                Node parent = q.getObject();
                if (parent.isURI() && !parent.getURI().equals(place) && found.add(parent.getURI())) {
                    todo.add(parent);
                }
            });
        }
        return found;
    }
}
