package org.parley.rdf;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * rdfs:label beside every skos:prefLabel. SKOS is Parley's own way of naming things, but generic linked-data
 * browsers and Gephi's SemanticWebImport look for rdfs:label; adding it where graphs are mapped or loaded (rather
 * than in the data files) gives it to every actor, office, place and outlet, whatever stage wrote them.
 */
public final class Labels {
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    private static final Node LABEL = RDFS.label.asNode();

    private Labels() {
    }

    /** Adds the labels to the graph itself; returns it. */
    public static Graph addRdfsLabels(Graph graph) {
        List<Triple> preferred = graph.find(Node.ANY, PREF_LABEL, Node.ANY).toList();
        preferred.forEach(t -> graph.add(Triple.create(t.getSubject(), LABEL, t.getObject())));
        return graph;
    }

    /** A copy of the graph with the labels added, leaving the original (such as a shared gazetteer) as it is. */
    public static Graph withRdfsLabels(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        copy.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        return addRdfsLabels(copy);
    }
}
