package org.parley.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The actor network as an edge list for Cytoscape (File, Import, Network from File), one row per edge, RFC 4180
 * CSV with the columns of {@code queries/export-edges.rq}: source, target, sourceLabel, targetLabel, type, date,
 * weight, event. Nodes appear only through their edges.
 */
final class CsvEdgeWriter implements NetworkWriter {
    static final List<String> COLUMNS =
            List.of("source", "target", "sourceLabel", "targetLabel", "type", "date", "weight", "event");

    private final Writer out;

    CsvEdgeWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void start() {
        row(COLUMNS);
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
        row(List.of(edge.source().iri(), edge.target().iri(), edge.source().label(), edge.target().label(),
                edge.type(), edge.date(), Integer.toString(edge.weight()), edge.event()));
    }

    @Override
    public void finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(List<String> fields) {
        try {
            out.write(fields.stream().map(CsvEdgeWriter::field).collect(Collectors.joining(",")));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quoted when it holds a comma, a quote or a line break; quotes doubled. */
    static String field(String value) {
        if (value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
