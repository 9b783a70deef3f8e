package org.parley.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.model.Extraction;

/** Maps one article's extraction to the RDF of its own named graph. */
public final class ArticleGraphs {
    private ArticleGraphs() {
    }

    /** The named graph (and article IRI) for an input locator: stable, so re-ingesting replaces it. */
    public static Node graphName(String locator) {
        return NodeFactory.createURI(Parley.ID + "article/" + Ids.hash(locator));
    }

    public static Graph toGraph(Extraction extraction) {
        return GraphFactory.createDefaultGraph();
    }
}
