package org.parley.export;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;
import org.parley.rdf.Nif;
import org.parley.rdf.Parley;
import org.parley.rdf.Prov;
import org.parley.rdf.Wikidata;

/**
 * The prefixes of Parley's exports, and the JSON-LD context made of them. The context only declares prefixes, so
 * that every key and value of Parley's JSON-LD is a compact IRI (such as {@code parley:participant} or
 * {@code pid:person/vladimir-putin}) and the JSON-LD means exactly the RDF it came from. The server serves the same
 * context at {@code /context.jsonld}.
 */
public final class JsonLdContext {
    /** The prefix for the resources Parley mints ({@value Parley#ID}...). */
    public static final String ID_PREFIX = "pid";

    private static final Map<String, String> PREFIXES = prefixMap();

    private JsonLdContext() {
    }

    private static Map<String, String> prefixMap() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("parley", Parley.NS);
        prefixes.put(ID_PREFIX, Parley.ID);
        prefixes.put("rdf", RDF.getURI());
        prefixes.put("rdfs", RDFS.getURI());
        prefixes.put("xsd", XSD.getURI());
        prefixes.put("owl", OWL.getURI());
        prefixes.put("skos", SKOS.getURI());
        prefixes.put("dcterms", DCTerms.getURI());
        prefixes.put("schema", SchemaDO.NS);
        prefixes.put("prov", Prov.NS);
        prefixes.put("nif", Nif.NS);
        prefixes.put("wd", Wikidata.ENTITY);
        return Map.copyOf(prefixes);
    }

    /** The prefixes, in a fixed order. */
    public static Map<String, String> prefixes() {
        Map<String, String> sorted = new LinkedHashMap<>();
        PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The context object, {"parley": "https://w3id.org/parley/ns#", ...}, on one line per prefix. */
    public static String contextObject(String indent) {
        StringBuilder text = new StringBuilder("{");
        String separator = "\n";
        for (Map.Entry<String, String> prefix : prefixes().entrySet()) {
            text.append(separator).append(indent).append("  ").append(JsonText.quote(prefix.getKey()))
                    .append(": ").append(JsonText.quote(prefix.getValue()));
            separator = ",\n";
        }
        return text.append('\n').append(indent).append('}').toString();
    }

    /** The context document: {"@context": {...}}. */
    public static String document() {
        return "{\n  \"@context\": " + contextObject("  ") + "\n}\n";
    }

    /**
     * The compact IRI for an IRI, prefix:local with the longest matching namespace, or the IRI itself. Compact IRIs
     * whose local part starts with "//" would read as absolute IRIs, so those stay whole.
     */
    static String compact(String iri, List<Map.Entry<String, String>> byLongestNamespace) {
        for (Map.Entry<String, String> prefix : byLongestNamespace) {
            String namespace = prefix.getValue();
            if (iri.startsWith(namespace) && iri.length() > namespace.length()
                    && !iri.startsWith("//", namespace.length())) {
                return prefix.getKey() + ":" + iri.substring(namespace.length());
            }
        }
        return iri;
    }

    /** The prefixes, longest namespace first, for {@link #compact}. */
    static List<Map.Entry<String, String>> byLongestNamespace() {
        return PREFIXES.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }
}
