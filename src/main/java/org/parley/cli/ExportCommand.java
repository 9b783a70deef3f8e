package org.parley.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.apache.jena.atlas.RuntimeIOException;
import org.parley.export.EventFilter;
import org.parley.export.ExportFormat;
import org.parley.export.Exporter;
import org.parley.store.ParleyStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export",
        description = {"Write the store, or the events a filter selects, for other tools: RDF (trig, nquads, "
                + "turtle, jsonld) or the actor network (graphml, gexf, csv).",
                "Filtered RDF holds the selected events and the whole graphs of the articles that report them; "
                        + "unfiltered, every graph. The network has a node per actor and an edge per pair of "
                        + "participants of an event (weight: the number of reports). Streams in constant memory."})
class ExportCommand extends StoreCommand {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true, converter = FormatConverter.class,
            description = "trig, nquads, turtle or jsonld (RDF; JSON-LD embeds its @context, also served at "
                    + "/context.jsonld); graphml or gexf (GEXF 1.3, dynamic: edges carry their dates); csv "
                    + "(edge list; with --output FILE.csv the node table goes to FILE.nodes.csv beside it); "
                    + "csv-nodes (the node table alone: id, label, type, country, wikidata).")
    private ExportFormat format;

    @Option(names = "--from", paramLabel = "DATE",
            description = "Only events on or after DATE (yyyy-mm-dd, yyyy-mm or yyyy); undated events are left out.")
    private String from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Only events on or before DATE (a month or year counts to its end).")
    private String to;

    @Option(names = "--countries", paramLabel = "ISO3,...",
            description = "Only events with a participant of each country (ISO 3166-1 alpha-3): the country "
                    + "itself, or an actor of it by stated country, office or term of office.")
    private String countries;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only when the export is complete) instead of standard output.")
    private Path output;

    @Override
    public Integer call() {
        EventFilter filter;
        try {
            filter = EventFilter.parse(from, to, countries);
        } catch (IllegalArgumentException e) {
            throw new UserError("--" + e.getMessage(), e);
        }
        try (ParleyStore opened = store.openForReading(context)) {
            if (output == null) {
                OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
                try {
                    write(opened, filter, format, stdout);
                } catch (UncheckedIOException | RuntimeIOException e) {
                    if (!brokenPipe(e)) {
                        throw e;
                    }
                    // The reader stopped reading (| head): nothing is wrong with the export.
                }
            } else {
                writeFile(opened, filter, format, output);
                if (format == ExportFormat.CSV) {
                    writeFile(opened, filter, ExportFormat.CSV_NODES, nodesFile(output));
                }
            }
        }
        return 0;
    }

    /** FILE.csv's node table: FILE.nodes.csv. */
    static Path nodesFile(Path edges) {
        String name = edges.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4)
                : name;
        return edges.resolveSibling(stem + "." + ExportFormat.CSV_NODES.extension());
    }

    /** Into a temporary file beside the output, moved over it at the end: a failed export leaves no half file. */
    private void writeFile(ParleyStore opened, EventFilter filter, ExportFormat format, Path output) {
        Path target = output.toAbsolutePath();
        Path temporary;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + e.getMessage(), e);
        }
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                write(opened, filter, format, out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Best effort: the export itself has already succeeded or failed.
            }
        }
    }

    private static boolean brokenPipe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Broken pipe")) {
                return true;
            }
        }
        return false;
    }

    private static void write(ParleyStore opened, EventFilter filter, ExportFormat format, OutputStream out) {
        try {
            Exporter.write(opened.datasetGraph(), format, filter, out);
            out.flush();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Formats by their labels (csv-nodes, not the enum's CSV_NODES), in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
