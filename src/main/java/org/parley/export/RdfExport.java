package org.parley.export;

import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.parley.rdf.Parley;

/**
 * The store's quads in an RDF format, streamed from the indexes. Unfiltered, every named graph (articles, events,
 * gazetteer, ontology); filtered, the selected events' triples of the events graph, then the whole named graph of
 * each article that reports one of them. Only the set of those articles' names is held in memory.
 */
final class RdfExport {
    private RdfExport() {
    }

    /** @param selection the events to export, or null for the whole store */
    static void write(DatasetGraph dsg, EventSelection selection, StreamRDF out) {
        out.start();
        JsonLdContext.prefixes().forEach(out::prefix);
        if (selection == null) {
            dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::quad);
        } else {
            Set<Node> articles = new LinkedHashSet<>();
            selection.forEach(event -> {
                dsg.find(EventSelection.EVENTS, event.iri(), Node.ANY, Node.ANY).forEachRemaining(q -> {
                    out.quad(q);
                    // An event's participations are nodes of its own, written with it.
                    if (q.getPredicate().equals(Parley.participation.asNode())) {
                        dsg.find(EventSelection.EVENTS, q.getObject(), Node.ANY, Node.ANY).forEachRemaining(out::quad);
                    }
                });
                for (Node report : event.reports()) {
                    dsg.findNG(Node.ANY, report, Parley.source.asNode(), Node.ANY)
                            .forEachRemaining(q -> articles.add(q.getGraph()));
                }
            });
            for (Node article : articles) {
                dsg.find(article, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::quad);
            }
        }
        out.finish();
    }

    /** A streaming writer for an RDF export format; Turtle, which has no graphs, gets the graphs' triples merged. */
    static StreamRDF writer(ExportFormat format, OutputStream out) {
        return switch (format) {
            case TRIG -> StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
            case NQUADS -> StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            case TURTLE -> new StreamRDFWrapper(StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS)) {
                @Override
                public void quad(Quad quad) {
                    triple(quad.asTriple());
                }
            };
            case JSONLD -> new JsonLdWriter(out);
            case GRAPHML, GEXF, CSV, CSV_NODES -> throw new IllegalArgumentException(format.label() + " is not an RDF format");
        };
    }
}
