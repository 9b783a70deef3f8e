package org.parley.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.parley.rdf.Parley;

/**
 * Reads the values given for a named query's declared parameters, checks them against the declaration and the
 * store, and turns them into the RDF terms bound to the query's variables. A country is found by its ISO code in any
 * case, its name or an alias; a person by full name, alias or an unambiguous family name; an IRI is taken with or
 * without angle brackets. Anything wrong is an {@link InvalidParameterException} naming the parameter.
 */
public final class ParameterValues {
    private static final String PREFIXES = "PREFIX parley: <" + Parley.NS + ">\nPREFIX skos: <" + SKOS.getURI()
            + ">\n";
    private static final Query COUNTRIES = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?found ?label WHERE {
              ?found a parley:Country .
              { ?found parley:isoAlpha3|parley:isoAlpha2 ?code FILTER(UCASE(STR(?code)) = UCASE(?value)) }
              UNION { ?found skos:prefLabel|skos:altLabel ?name FILTER(LCASE(STR(?name)) = LCASE(?value)) }
              OPTIONAL { ?found skos:prefLabel ?label }
            }""");
    private static final Query PERSONS_BY_NAME = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?found ?label WHERE {
              ?found skos:prefLabel|skos:altLabel ?name FILTER(LCASE(STR(?name)) = LCASE(?value))
              ?found a parley:Person .
              OPTIONAL { ?found skos:prefLabel ?label }
            }""");
    private static final Query PERSONS_BY_FAMILY_NAME = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?found ?label WHERE {
              ?found a parley:Person .
              { ?found parley:familyName ?family FILTER(LCASE(STR(?family)) = LCASE(?value)) }
              UNION { ?found skos:prefLabel|skos:altLabel ?name
                      FILTER(STRENDS(LCASE(STR(?name)), CONCAT(" ", LCASE(?value)))) }
              OPTIONAL { ?found skos:prefLabel ?label }
            }""");

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
            case COUNTRY -> looksLikeIri(value) ? known(p, iri(p, value))
                    : one(p, value, find(COUNTRIES, value), "no country '" + value + "' in the store: give its ISO "
                    + "3166-1 code (such as RUS or ru), its name or an alias");
            case PERSON -> looksLikeIri(value) ? known(p, iri(p, value)) : person(p, value);
            case DATE -> date(p, value);
            case IRI -> iri(p, value);
            case TEXT -> NodeFactory.createLiteralString(unquote(value));
        };
    }

    private Node person(QueryParameter p, String value) {
        String name = unquote(value);
        List<Binding> byName = find(PERSONS_BY_NAME, name);
        if (!byName.isEmpty()) {
            return one(p, name, byName, "");
        }
        return one(p, name, find(PERSONS_BY_FAMILY_NAME, name), "no person named '" + name + "' in the store: "
                + "give a full name, an alias or a family name");
    }

    /** The one resource found; none or several is an error that lists the candidates. */
    private static Node one(QueryParameter p, String value, List<Binding> found, String noneMessage) {
        Map<Node, String> candidates = new LinkedHashMap<>();
        found.forEach(b -> candidates.merge(b.get("found"), b.contains("label")
                ? b.get("label").getLiteralLexicalForm() : b.get("found").getURI(), (a, c) -> a));
        if (candidates.isEmpty()) {
            throw new InvalidParameterException(p.name() + "=" + value + ": " + noneMessage);
        }
        if (candidates.size() > 1) {
            throw new InvalidParameterException(p.name() + "=" + value + " is ambiguous; it could be "
                    + candidates.entrySet().stream().map(e -> e.getValue() + " <" + e.getKey().getURI() + ">")
                    .sorted().collect(Collectors.joining(", ")) + ": give the full name or the IRI");
        }
        return candidates.keySet().iterator().next();
    }

    private List<Binding> find(Query query, String value) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query)
                .substitution("value", NodeFactory.createLiteralString(value)).build()) {
            exec.select().forEachRemaining(rows::add);
        }
        return rows;
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
