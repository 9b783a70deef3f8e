package org.parley.store;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.parley.rdf.ArticleGraphs;
import org.parley.rdf.ArticleIdentity;
import org.parley.rdf.Parley;

/**
 * An article's graph as the store holds it: named by the article's IRI (its identity, else its locator's), typed,
 * with the locator it was last read from. One definition for the store, the bulk loader's N-Quads and the Spark job.
 */
public record StoredArticle(String locator, Node graphName, Graph graph) {

    public static StoredArticle of(String locator, Graph graph) {
        return new StoredArticle(locator,
                ArticleIdentity.graphNameIn(graph).orElseGet(() -> ArticleGraphs.graphName(locator)), graph);
    }

    /** Every quad of the stored article, each once: the graph's triples, its type, and its locator (this one only). */
    public void quads(Consumer<Quad> sink) {
        Triple type = Triple.create(graphName, RDF.type.asNode(), Parley.Article.asNode());
        graph.find().forEachRemaining(t -> {
            if (!t.equals(type) && !(t.getSubject().equals(graphName) && t.getPredicate().equals(Parley.locator.asNode()))) {
                sink.accept(Quad.create(graphName, t));
            }
        });
        sink.accept(Quad.create(graphName, type));
        sink.accept(Quad.create(graphName, graphName, Parley.locator.asNode(), NodeFactory.createLiteralString(locator)));
    }
}
