package org.parley.export;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * The actor network as CSV tables (RFC 4180) for Cytoscape, Gephi and NetworkX: the edge list, one row per edge
 * with the columns of {@code queries/export-edges.rq} (source, target, sourceLabel, targetLabel, type, date, weight,
 * event), or the node table beside it (id, the IRI the edges' source and target give; label; type Person, Country
 * or Organisation; country, ISO 3166-1 alpha-3; wikidata, the entity IRI). Gephi's Import Spreadsheet finds id and
 * label by name; Cytoscape imports the nodes as a node table keyed by id.
 */
final class CsvNetworkWriter implements NetworkWriter {
    static final List<String> EDGE_COLUMNS =
            List.of("source", "target", "sourceLabel", "targetLabel", "type", "date", "weight", "event");
    static final List<String> NODE_COLUMNS = List.of("id", "label", "type", "country", "wikidata");

    private final CsvRows out;
    private final List<String> columns;
    private final Function<ActorNode, List<String>> nodeRow;
    private final Function<ContactEdge, List<String>> edgeRow;

    private CsvNetworkWriter(OutputStream out, List<String> columns, Function<ActorNode, List<String>> nodeRow,
                             Function<ContactEdge, List<String>> edgeRow) {
        this.out = new CsvRows(out);
        this.columns = columns;
        this.nodeRow = nodeRow;
        this.edgeRow = edgeRow;
    }

    /** The edge list: nodes appear only through their edges. */
    static CsvNetworkWriter edges(OutputStream out) {
        return new CsvNetworkWriter(out, EDGE_COLUMNS, node -> List.of(), edge -> List.of(edge.source().iri(),
                edge.target().iri(), edge.source().label(), edge.target().label(), edge.type(), edge.date(),
                Integer.toString(edge.weight()), edge.event()));
    }

    /** The node table. */
    static CsvNetworkWriter nodes(OutputStream out) {
        return new CsvNetworkWriter(out, NODE_COLUMNS,
                node -> List.of(node.iri(), node.label(), node.type(), node.country(), node.wikidata()),
                edge -> List.of());
    }

    @Override
    public void start() {
        out.row(columns);
    }

    @Override
    public void node(ActorNode node) {
        row(nodeRow.apply(node));
    }

    @Override
    public void startEdges() {
        // Nothing separates the nodes from the edges in a table of one of them.
    }

    @Override
    public void edge(ContactEdge edge) {
        row(edgeRow.apply(edge));
    }

    private void row(List<String> fields) {
        if (!fields.isEmpty()) {
            out.row(fields);
        }
    }

    @Override
    public void finish() {
        out.flush();
    }
}
