package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.link.Gazetteer;
import org.parley.link.Places;
import org.parley.rdf.Ids;
import org.parley.rdf.Labels;
import org.parley.rdf.Parley;

/** The reference graphs every store holds next to the articles: the ontology and the gazetteer. */
public final class ReferenceGraphs {
    /** Where the ontology is on the classpath. */
    public static final String ONTOLOGY_RESOURCE = "/ontology/parley.ttl";

    private ReferenceGraphs() {
    }

    /** A named graph and where its content comes from; the content is read only when needed. */
    public record ReferenceGraph(Node graphName, Supplier<Graph> content) {
        public static ReferenceGraph of(String graphIri, Supplier<Graph> content) {
            return new ReferenceGraph(NodeFactory.createURI(graphIri), content);
        }
    }

    /** The ontology, the standard gazetteer and the world place gazetteer. */
    public static List<ReferenceGraph> standard() {
        return List.of(ontology(),
                ReferenceGraph.of(Parley.GAZETTEER_GRAPH, () -> Labels.withRdfsLabels(Gazetteer.standard().model().getGraph())),
                ReferenceGraph.of(Parley.PLACES_GRAPH, () -> Labels.withRdfsLabels(Places.standard().model().getGraph())));
    }

    public static ReferenceGraph ontology() {
        return ReferenceGraph.of(Parley.ONTOLOGY_GRAPH, () -> Labels.addRdfsLabels(classpathTurtle(ONTOLOGY_RESOURCE)));
    }

    /** Parses a Turtle file on the classpath; a missing resource is a broken build, reported by name. */
    public static Graph classpathTurtle(String resource) {
        try (InputStream in = ReferenceGraphs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException(resource + " is not on the classpath");
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base("file://" + resource).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new StoreException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * A hash of a graph's triples that does not depend on their order. Blank nodes are hashed as one label because
     * a parser gives them fresh labels on every load; a change that only rewires blank nodes goes unnoticed,
     * which the reference graphs (named resources throughout) can afford.
     */
    static String contentHash(Graph graph) {
        List<String> lines = graph.find().mapWith(ReferenceGraphs::line).toList();
        return Ids.sha256(String.join("\n", lines.stream().sorted().toList()));
    }

    private static String line(Triple t) {
        return term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject());
    }

    private static String term(Node node) {
        return node.isBlank() ? "_:b" : NodeFmtLib.strNT(node);
    }
}
