package org.parley.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/**
 * Which representation of an entity to send: the {@code format} parameter if given, else the best match for the
 * Accept header (q-values and specificity as in RFC 9110; on a tie the earlier offer wins, so Turtle when anything
 * goes).
 */
enum Negotiation {
    TURTLE("text/turtle", RDFFormat.TURTLE_PRETTY, "ttl", "turtle"),
    HTML("text/html", null, "html"),
    JSONLD("application/ld+json", null, "jsonld", "json"),
    NTRIPLES("application/n-triples", RDFFormat.NTRIPLES, "nt", "ntriples");

    /** Other media types clients use for the same representations. */
    private static final String[][] ALIASES = {
            {"application/x-turtle", "TURTLE"}, {"application/xhtml+xml", "HTML"},
            {"application/json", "JSONLD"}, {"text/plain", "NTRIPLES"}};

    private final String mediaType;
    private final RDFFormat rdfFormat;
    private final List<String> formatNames;

    Negotiation(String mediaType, RDFFormat rdfFormat, String... formatNames) {
        this.mediaType = mediaType;
        this.rdfFormat = rdfFormat;
        this.formatNames = List.of(formatNames);
    }

    String mediaType() {
        return mediaType;
    }

    String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /** Jena's writer format, for Turtle and N-Triples. */
    RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** The short name for ?format=. */
    String formatName() {
        return formatNames.get(0);
    }

    /**
     * @param format the ?format= parameter, or null
     * @param accept the Accept header, or null (anything goes)
     * @return empty when nothing offered is acceptable
     * @throws IllegalArgumentException for an unknown format name
     */
    static Optional<Negotiation> choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String name = format.strip().toLowerCase(Locale.ROOT);
            for (Negotiation n : values()) {
                if (n.formatNames.contains(name)) {
                    return Optional.of(n);
                }
            }
            throw new IllegalArgumentException("unknown format '" + format + "' (ttl, jsonld, nt or html)");
        }
        List<Range> ranges = ranges(accept == null || accept.isBlank() ? "*/*" : accept);
        Negotiation best = null;
        double bestQ = 0;
        for (String[] offer : offers()) {
            double q = quality(ranges, offer[0]);
            if (q > bestQ) {
                best = valueOf(offer[1]);
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every media type offered, with the representation it selects, in order of preference. */
    private static List<String[]> offers() {
        List<String[]> offers = new ArrayList<>();
        for (Negotiation n : values()) {
            offers.add(new String[]{n.mediaType, n.name()});
        }
        offers.addAll(List.of(ALIASES));
        return offers;
    }

    private record Range(String type, String subtype, double q) {
        /** 2 for an exact match, 1 for type/*, 0 for * / *, -1 for no match. */
        int specificity(String mediaType) {
            String[] parts = mediaType.split("/", 2);
            if (type.equals("*")) {
                return 0;
            }
            if (!type.equals(parts[0])) {
                return -1;
            }
            return subtype.equals("*") ? 1 : subtype.equals(parts[1]) ? 2 : -1;
        }
    }

    /** The q of the most specific range that matches the media type; 0 when none does. */
    private static double quality(List<Range> ranges, String mediaType) {
        int specificity = -1;
        double q = 0;
        for (Range range : ranges) {
            int s = range.specificity(mediaType);
            if (s > specificity) {
                specificity = s;
                q = range.q();
            }
        }
        return q;
    }

    /** The media ranges of an Accept header; malformed entries are skipped. */
    private static List<Range> ranges(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : accept.split(",")) {
            String[] parts = entry.split(";");
            String[] type = parts[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
            if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty()) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String[] parameter = parts[i].strip().split("=", 2);
                if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("q")) {
                    try {
                        q = Double.parseDouble(parameter[1].strip());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(type[0], type[1], Math.max(0, Math.min(1, q))));
        }
        return ranges;
    }
}
