package org.parley.export;

import java.io.OutputStream;
import java.util.List;

/**
 * The actor network as an edge list for Cytoscape (File, Import, Network from File) and Gephi (Import Spreadsheet),
 * one row per edge, RFC 4180 CSV with the columns of {@code queries/export-edges.rq}: source, target, sourceLabel,
 * targetLabel, type, date, weight, event. The nodes, with their attributes, are {@link CsvNodeWriter}'s file.
 */
final class CsvEdgeWriter implements NetworkWriter {
    static final List<String> COLUMNS =
            List.of("source", "target", "sourceLabel", "targetLabel", "type", "date", "weight", "event");

    private final CsvRows out;

    CsvEdgeWriter(OutputStream out) {
        this.out = new CsvRows(out);
    }

    @Override
    public void start() {
        out.row(COLUMNS);
    }

    @Override
    public void node(ActorNode node) {
        // An edge list has no node rows.
    }

    @Override
    public void startEdges() {
        // The header is all that comes before the edges.
    }

    @Override
    public void edge(ContactEdge edge) {
        out.row(List.of(edge.source().iri(), edge.target().iri(), edge.source().label(), edge.target().label(),
                edge.type(), edge.date(), Integer.toString(edge.weight()), edge.event()));
    }

    @Override
    public void finish() {
        out.flush();
    }
}
