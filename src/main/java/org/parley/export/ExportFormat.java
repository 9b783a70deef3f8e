package org.parley.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code parley export} and the server's {@code /export} can write. */
public enum ExportFormat {
    TRIG("application/trig", "trig", true),
    NQUADS("application/n-quads", "nq", true),
    TURTLE("text/turtle", "ttl", true),
    JSONLD("application/ld+json", "jsonld", true),
    GRAPHML("application/graphml+xml", "graphml", false),
    GEXF("application/gexf+xml", "gexf", false),
    CSV("text/csv", "csv", false),
    CSV_NODES("text/csv", "nodes.csv", false);

    private final String mediaType;
    private final String extension;
    private final boolean rdf;

    ExportFormat(String mediaType, String extension, boolean rdf) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.rdf = rdf;
    }

    /** The format's name as users write it: trig, nquads, turtle, jsonld, graphml, gexf, csv, csv-nodes. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String mediaType() {
        return mediaType;
    }

    /** The media type with the charset, for a Content-Type header. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    public String extension() {
        return extension;
    }

    /** True for the RDF formats (the store's quads); false for the actor network (nodes and edges). */
    public boolean isRdf() {
        return rdf;
    }

    /** The format named by its label, case-insensitively. */
    public static ExportFormat parse(String label) {
        for (ExportFormat format : values()) {
            if (format.label().equalsIgnoreCase(label.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + label + "' (one of " + labels() + ")");
    }

    public static String labels() {
        return Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", "));
    }
}
