package org.parley.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes quads as JSON-LD as they come, holding only the node object being written: the context (embedded, see
 * {@link JsonLdContext}), then a top-level {@code @graph} with one object per named graph
 * ({@code {"@id": graph, "@graph": [...]}}) and the default graph's nodes beside them.
 * <p>
 * Quads that arrive grouped by graph and subject (as the store's indexes give them) make one node object per
 * subject. Anything else is still correct JSON-LD: a subject or graph that comes back gets another object with the
 * same {@code @id}, which JSON-LD processors merge. Values are written in expanded form ({@code {"@id": ...}},
 * {@code {"@value": ..., "@type": ...}}), so no term coercion is needed and the RDF comes back exactly.
 */
public final class JsonLdWriter implements StreamRDF {
    private static final String INDENT = "  ";

    private final Writer out;
    private final List<Map.Entry<String, String>> prefixes = JsonLdContext.byLongestNamespace();

    private boolean graphOpen;
    private Node graph;
    private int topItems;
    private int graphItems;
    private Node subject;
    private Node property;
    private final Set<Node> properties = new HashSet<>();

    public JsonLdWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Writes a graph (such as an entity's description) as one JSON-LD document, one node object per subject. */
    public static void write(Graph graph, OutputStream out) {
        JsonLdWriter writer = new JsonLdWriter(out);
        writer.start();
        graph.find().toList().stream()
                .sorted(Comparator.comparing((Triple t) -> t.getSubject().toString())
                        .thenComparing(t -> t.getPredicate().toString())
                        .thenComparing(t -> t.getObject().toString()))
                .forEach(writer::triple);
        writer.finish();
    }

    @Override
    public void start() {
        write("{\n" + INDENT + "\"@context\": " + JsonLdContext.contextObject(INDENT) + ",\n"
                + INDENT + "\"@graph\": [");
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public void quad(Quad quad) {
        Node quadGraph = quad.isDefaultGraph() ? null : quad.getGraph();
        if (!sameGraph(quadGraph)) {
            closeNode();
            closeGraph();
            openGraph(quadGraph);
        }
        Node predicate = quad.getPredicate();
        boolean asType = isType(quad);
        Node key = asType ? RDF.type.asNode() : predicate;
        if (!quad.getSubject().equals(subject) || (!key.equals(property) && properties.contains(key))) {
            closeNode();
            openNode(quad.getSubject());
        }
        if (!key.equals(property)) {
            closeProperty();
            write("," + JsonText.quote(asType ? "@type" : compact(predicate.getURI())) + ":[");
            property = key;
            properties.add(key);
        } else {
            write(",");
        }
        write(asType ? JsonText.quote(compact(quad.getObject().getURI())) : value(quad.getObject()));
    }

    @Override
    public void base(String base) {
        // Every IRI is written whole or as a compact IRI: nothing is relative to a base.
    }

    @Override
    public void prefix(String prefix, String iri) {
        // The context is fixed (JsonLdContext), so that every Parley JSON-LD file reads the same way.
    }

    @Override
    public void finish() {
        closeNode();
        closeGraph();
        write("\n" + INDENT + "]\n}\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** rdf:type with an IRI object goes into @type; a literal type (never written by Parley) stays a property. */
    private static boolean isType(Quad quad) {
        return quad.getPredicate().equals(RDF.type.asNode()) && quad.getObject().isURI();
    }

    private boolean sameGraph(Node quadGraph) {
        return quadGraph == null ? !graphOpen : graphOpen && quadGraph.equals(graph);
    }

    private void openGraph(Node quadGraph) {
        if (quadGraph == null) {
            return;
        }
        write((topItems++ == 0 ? "\n" : ",\n") + INDENT + INDENT + "{\"@id\":" + id(quadGraph) + ",\"@graph\":[");
        graphOpen = true;
        graph = quadGraph;
        graphItems = 0;
    }

    private void closeGraph() {
        if (graphOpen) {
            write("\n" + INDENT + INDENT + "]}");
            graphOpen = false;
            graph = null;
        }
    }

    private void openNode(Node node) {
        String indent = graphOpen ? INDENT.repeat(3) : INDENT.repeat(2);
        int items = graphOpen ? graphItems++ : topItems++;
        write((items == 0 ? "\n" : ",\n") + indent + "{\"@id\":" + id(node));
        subject = node;
    }

    private void closeNode() {
        if (subject != null) {
            closeProperty();
            write("}");
            subject = null;
            properties.clear();
        }
    }

    private void closeProperty() {
        if (property != null) {
            write("]");
            property = null;
        }
    }

    private String id(Node node) {
        return JsonText.quote(node.isBlank() ? "_:" + node.getBlankNodeLabel() : compact(node.getURI()));
    }

    private String value(Node node) {
        if (!node.isLiteral()) {
            return "{\"@id\":" + id(node) + "}";
        }
        String lexical = JsonText.quote(node.getLiteralLexicalForm());
        String language = node.getLiteralLanguage();
        if (language != null && !language.isEmpty()) {
            return "{\"@value\":" + lexical + ",\"@language\":" + JsonText.quote(language) + "}";
        }
        if (XSDDatatype.XSDstring.getURI().equals(node.getLiteralDatatypeURI())) {
            return "{\"@value\":" + lexical + "}";
        }
        return "{\"@value\":" + lexical + ",\"@type\":" + JsonText.quote(compact(node.getLiteralDatatypeURI())) + "}";
    }

    private String compact(String iri) {
        return JsonLdContext.compact(iri, prefixes);
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
