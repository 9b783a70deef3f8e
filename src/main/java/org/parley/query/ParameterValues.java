package org.parley.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.parley.rdf.Parley;

/**
 * Reads the values given for a named query's declared parameters, checks them against the declaration and the
 * store, and turns them into the RDF terms bound to the query's variables. A country is found by its ISO code in any
 * case, its name or an alias; a person by full name, alias or an unambiguous family name; an IRI is taken with or
 * without angle brackets. Anything wrong is an {@link InvalidParameterException} naming the parameter.
 */
public final class ParameterValues {
    private static final Node GAZETTEER = NodeFactory.createURI(Parley.GAZETTEER_GRAPH);
    private static final List<Node> NAMES = List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode());

    private final DatasetGraph dataset;

    /** @param dataset the store the values are looked up in; its default graph is the union of the named graphs */
    public ParameterValues(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * The bindings for the given values (parameter name to the text given).
     *
     * @throws InvalidParameterException for an unknown parameter, a missing required one, or a value that is not
     *                                   of the parameter's kind or that the store does not know
     */
    public Map<Var, Node> bind(NamedQuery query, Map<String, String> values) {
        for (String name : values.keySet()) {
            if (query.parameter(name).isEmpty()) {
                throw new InvalidParameterException(query.name() + " has no parameter " + name + " ("
                        + (query.parameters().isEmpty() ? "it takes none" : "it takes " + query.parameters().stream()
                        .map(QueryParameter::name).collect(Collectors.joining(", "))) + ")");
            }
        }
        for (QueryParameter p : query.parameters()) {
            if (p.required() && blank(values.get(p.name()))) {
                throw new InvalidParameterException(query.name() + " needs parameter " + p.name() + " (" + kindHelp(p)
                        + ", e.g. " + p.name() + "=" + p.example() + ")");
            }
        }
        if (!query.atLeastOne().isEmpty() && query.atLeastOne().stream().allMatch(n -> blank(values.get(n)))) {
            throw new InvalidParameterException(query.name() + " needs at least one of the parameters "
                    + String.join(", ", query.atLeastOne()));
        }
        Map<Var, Node> bindings = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> query.parameters().forEach(p -> {
            String value = values.get(p.name());
            if (!blank(value)) {
                bindings.put(Var.alloc(p.name()), term(p, value.strip()));
            }
        }));
        return bindings;
    }

    private Node term(QueryParameter p, String value) {
        return switch (p.kind()) {
            case COUNTRY -> looksLikeIri(value) ? known(p, iri(p, value)) : country(p, unquote(value));
            case PERSON -> looksLikeIri(value) ? known(p, iri(p, value)) : person(p, unquote(value));
            case DATE -> date(p, value);
            case IRI -> iri(p, value);
            case TEXT -> NodeFactory.createLiteralString(unquote(value));
        };
    }

    /*
     * Names are looked up through the store's indexes, as the literals the gazetteer and the mapping write (the text
     * as given and with capitalised words, plain or @en); only when none matches are the labels scanned, ignoring
     * case. Each request resolves its values this way, so the common cases must not scan.
     */

    private Node country(QueryParameter p, String value) {
        Set<Node> found = new LinkedHashSet<>();
        if (value.matches("[A-Za-z]{2,3}")) {
            Node code = NodeFactory.createLiteralString(value.toUpperCase(Locale.ROOT));
            found.addAll(subjects(value.length() == 3 ? Parley.isoAlpha3.asNode() : Parley.isoAlpha2.asNode(), code));
        }
        if (found.isEmpty()) {
            found.addAll(named(value, Parley.Country.asNode(), GAZETTEER));
        }
        return one(p, value, found, "no country '" + value + "' in the store: give its ISO 3166-1 code (such as RUS "
                + "or ru), its name or an alias");
    }

    private Node person(QueryParameter p, String name) {
        Set<Node> found = named(name, Parley.Person.asNode(), Node.ANY);
        if (found.isEmpty()) {
            found = byFamilyName(name);
        }
        return one(p, name, found, "no person named '" + name + "' in the store: give a full name, an alias or a "
                + "family name");
    }

    /** The resources of the type with the name as a label or alias, in the graph (ANY for all). */
    private Set<Node> named(String name, Node type, Node graph) {
        Set<Node> found = new LinkedHashSet<>();
        for (Node label : literalForms(name)) {
            NAMES.forEach(property -> found.addAll(subjects(property, label)));
        }
        if (found.isEmpty()) {
            NAMES.forEach(property -> dataset.findNG(graph, Node.ANY, property, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().equalsIgnoreCase(name)) {
                    found.add(q.getSubject());
                }
            }));
        }
        found.removeIf(node -> !dataset.findNG(Node.ANY, node, RDF.type.asNode(), type).hasNext());
        return found;
    }

    /** The persons with the family name, as the gazetteer gives it or as the last word of a label or alias. */
    private Set<Node> byFamilyName(String name) {
        Set<Node> found = new LinkedHashSet<>();
        for (Node form : literalForms(name)) {
            found.addAll(subjects(Parley.familyName.asNode(), form));
        }
        String suffix = " " + name.toLowerCase(Locale.ROOT);
        NAMES.forEach(property -> dataset.findNG(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()
                    && q.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT).endsWith(suffix)) {
                found.add(q.getSubject());
            }
        }));
        found.removeIf(node -> !dataset.findNG(Node.ANY, node, RDF.type.asNode(), Parley.Person.asNode()).hasNext());
        return found;
    }

    /** The literals a name is likely written as: as given and with capitalised words, plain and in English. */
    private static List<Node> literalForms(String name) {
        String capitalised = Arrays.stream(name.split(" ", -1))
                .map(w -> w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
        List<Node> forms = new ArrayList<>();
        for (String text : new LinkedHashSet<>(List.of(name, capitalised))) {
            forms.add(NodeFactory.createLiteralString(text));
            forms.add(NodeFactory.createLiteralLang(text, "en"));
        }
        return forms;
    }

    private Set<Node> subjects(Node property, Node object) {
        Set<Node> subjects = new LinkedHashSet<>();
        dataset.findNG(Node.ANY, Node.ANY, property, object).forEachRemaining(q -> subjects.add(q.getSubject()));
        return subjects;
    }

    /** The one resource found; none or several is an error that lists the candidates by their labels. */
    private Node one(QueryParameter p, String value, Set<Node> found, String noneMessage) {
        if (found.isEmpty()) {
            throw new InvalidParameterException(p.name() + "=" + value + ": " + noneMessage);
        }
        if (found.size() > 1) {
            throw new InvalidParameterException(p.name() + "=" + value + " is ambiguous; it could be "
                    + found.stream().map(n -> label(n) + " <" + n.getURI() + ">").sorted()
                    .collect(Collectors.joining(", ")) + ": give the full name or the IRI");
        }
        return found.iterator().next();
    }

    /** The gazetteer's label, else any. */
    private String label(Node node) {
        Iterator<Quad> labels = dataset.findNG(GAZETTEER, node, SKOS.prefLabel.asNode(), Node.ANY);
        if (!labels.hasNext()) {
            labels = dataset.findNG(Node.ANY, node, SKOS.prefLabel.asNode(), Node.ANY);
        }
        return labels.hasNext() ? labels.next().getObject().getLiteralLexicalForm() : node.getURI();
    }

    /** An IRI the store says something about. */
    private Node known(QueryParameter p, Node iri) {
        if (!dataset.findNG(Node.ANY, iri, Node.ANY, Node.ANY).hasNext()) {
            throw new InvalidParameterException(p.name() + "=" + iri.getURI() + ": the store has nothing about it");
        }
        return iri;
    }

    private static Node iri(QueryParameter p, String value) {
        String text = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
        try {
            IRIx iri = IRIx.create(text);
            if (!iri.isAbsolute()) {
                throw new InvalidParameterException(p.name() + "=" + value + ": not an absolute IRI (such as "
                        + p.example() + ")");
            }
            return NodeFactory.createURI(iri.str());
        } catch (IRIException e) {
            throw new InvalidParameterException(p.name() + "=" + value + ": not an IRI (" + e.getMessage() + ")");
        }
    }

    private static Node date(QueryParameter p, String value) {
        try {
            switch (value.length()) {
                case 4 -> Year.parse(value);
                case 7 -> YearMonth.parse(value);
                case 10 -> LocalDate.parse(value);
                default -> throw new DateTimeException(value);
            }
        } catch (DateTimeException e) {
            throw new InvalidParameterException(p.name() + "=" + value + ": not a date (give yyyy-mm-dd, yyyy-mm or "
                    + "yyyy)");
        }
        return NodeFactory.createLiteralString(value);
    }

    private static boolean looksLikeIri(String value) {
        return value.startsWith("<") || value.matches("(?i)https?://\\S+");
    }

    private static String kindHelp(QueryParameter p) {
        return switch (p.kind()) {
            case COUNTRY -> "a country: ISO code, name or alias";
            case PERSON -> "a person: name, alias or family name";
            case DATE -> "a date: yyyy-mm-dd, yyyy-mm or yyyy";
            case IRI -> "an IRI";
            case TEXT -> "text";
        };
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
