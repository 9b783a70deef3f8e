package org.parley.export;

import java.io.OutputStream;
import java.util.List;

/**
 * The actor network's nodes as a node table beside {@link CsvEdgeWriter}'s edges, RFC 4180 CSV: id (the actor's
 * IRI, as the edges' source and target), label, type (Person, Country, Organisation), country (ISO 3166-1 alpha-3)
 * and wikidata (entity IRI). Gephi's Import Spreadsheet takes it as a nodes table (id and label are the columns it
 * looks for); Cytoscape imports it as a node table keyed by id; NetworkX adds its columns as node attributes.
 */
final class CsvNodeWriter implements NetworkWriter {
    static final List<String> COLUMNS = List.of("id", "label", "type", "country", "wikidata");

    private final CsvRows out;

    CsvNodeWriter(OutputStream out) {
        this.out = new CsvRows(out);
    }

    @Override
    public void start() {
        out.row(COLUMNS);
    }

    @Override
    public void node(ActorNode node) {
        out.row(List.of(node.iri(), node.label(), node.type(), node.country(), node.wikidata()));
    }

    @Override
    public void startEdges() {
        // A node table ends with the nodes.
    }

    @Override
    public void edge(ContactEdge edge) {
        // Edges are the edge list's.
    }

    @Override
    public void finish() {
        out.flush();
    }
}
