package org.parley.store;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

/** SHACL validation of a whole store, and a report people can read. */
public final class StoreValidation {
    /** Where the shapes are on the classpath. */
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    /** Focus nodes listed per group before the rest are only counted. */
    private static final int SHOWN_PER_GROUP = 10;

    private StoreValidation() {
    }

    /** The shapes shipped with Parley. */
    public static Shapes standardShapes() {
        return Shapes.parse(ReferenceGraphs.classpathTurtle(SHAPES_RESOURCE));
    }

    /**
     * Validates the union of the store's named graphs. Jena SHACL follows rdfs:subClassOf only within the data
     * graph, so the ontology's subclass triples are added to it whether or not the store holds the ontology graph.
     */
    public static ValidationReport validate(ParleyStore store, Shapes shapes) {
        Graph subClasses = subClasses();
        return store.read(dsg -> ShaclValidator.get().validate(shapes, new Union(dsg.getUnionGraph(), subClasses)));
    }

    /** Validates one graph (an article's, before it is stored), with the ontology's class hierarchy. */
    public static ValidationReport validate(Graph graph, Shapes shapes) {
        return ShaclValidator.get().validate(shapes, new Union(graph, subClasses()));
    }

    /** The ontology's subclass triples, read once. */
    private static Graph subClasses() {
        return SubClasses.GRAPH;
    }

    private static final class SubClasses {
        static final Graph GRAPH = read();

        private static Graph read() {
            Graph ontology = ReferenceGraphs.classpathTurtle(ReferenceGraphs.ONTOLOGY_RESOURCE);
            Graph subClasses = GraphFactory.createDefaultGraph();
            ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEach(subClasses::add);
            return subClasses;
        }
    }

    public static long violations(ValidationReport report) {
        return report.getEntries().stream().filter(e -> e.severity().equals(Severity.Violation)).count();
    }

    /**
     * The report grouped by severity, shape, path and constraint, one line per focus node with the message,
     * IRIs abbreviated with the shapes' prefixes.
     */
    public static String format(ValidationReport report, Shapes shapes) {
        if (report.conforms()) {
            return "The store conforms to the shapes.\n";
        }
        PrefixMap prefixes = PrefixMapFactory.create(shapes.getGraph().getPrefixMapping());
        Map<String, List<ReportEntry>> groups = report.getEntries().stream()
                .sorted(Comparator.comparingInt((ReportEntry e) -> rank(e.severity()))
                        .thenComparing(e -> heading(e, shapes, prefixes)))
                .collect(Collectors.groupingBy(e -> heading(e, shapes, prefixes), LinkedHashMap::new,
                        Collectors.toList()));
        StringBuilder text = new StringBuilder();
        text.append(Stream.of(Severity.Violation, Severity.Warning, Severity.Info)
                        .map(severity -> count(report, severity, label(severity).toLowerCase()))
                        .filter(count -> !count.isEmpty())
                        .collect(Collectors.joining(", ")))
                .append(" in ").append(groups.size()).append(groups.size() == 1 ? " group" : " groups").append('\n');
        groups.forEach((heading, entries) -> {
            text.append('\n').append(heading).append(" (").append(entries.size()).append(")\n");
            entries.stream().limit(SHOWN_PER_GROUP).forEach(e -> {
                text.append("    ").append(term(e.focusNode(), prefixes));
                if (e.value() != null && !e.value().equals(e.focusNode())) {
                    text.append(" value ").append(term(e.value(), prefixes));
                }
                text.append(": ").append(e.message()).append('\n');
            });
            if (entries.size() > SHOWN_PER_GROUP) {
                text.append("    ... and ").append(entries.size() - SHOWN_PER_GROUP).append(" more\n");
            }
        });
        return text.toString();
    }

    private static String heading(ReportEntry e, Shapes shapes, PrefixMap prefixes) {
        String path = e.resultPath() == null ? ""
                : " path " + e.resultPath().toString(new Prologue(Prefixes.adapt(prefixes)));
        return label(e.severity()) + ": shape " + term(namedShape(e.source(), shapes), prefixes) + path
                + " [" + term(e.sourceConstraintComponent(), prefixes) + "]";
    }

    /** A property shape is usually a blank node: name the node shape that holds it instead. */
    private static Node namedShape(Node shape, Shapes shapes) {
        if (shape == null || !shape.isBlank()) {
            return shape;
        }
        return shapes.getGraph().find(Node.ANY, SHACL.property, shape).nextOptional()
                .map(Triple::getSubject).orElse(shape);
    }

    private static String count(ValidationReport report, Severity severity, String noun) {
        long n = report.getEntries().stream().filter(e -> e.severity().equals(severity)).count();
        return n == 0 ? "" : n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Violations first, then warnings, then the rest. */
    private static int rank(Severity severity) {
        return severity.equals(Severity.Violation) ? 0 : severity.equals(Severity.Warning) ? 1 : 2;
    }

    private static String label(Severity severity) {
        String uri = severity.level().getURI();
        return uri.substring(uri.indexOf('#') + 1);
    }

    private static String term(Node node, PrefixMap prefixes) {
        return node == null ? "-" : NodeFmtLib.str(node, prefixes);
    }
}
