package org.parley.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.parley.rdf.Parley;

/**
 * Query parameters as RDF terms. The terms are bound to the query's variables, never pasted into its text, so no
 * value can change what the query does.
 */
final class QueryParameters {
    private QueryParameters() {
    }

    /**
     * Reads a value as Turtle writes a term: {@code <http://…>} is an IRI, {@code "text"@en} and
     * {@code "2023"^^xsd:gYear} are literals, {@code prefix:local} is an IRI through the query's prefixes (or
     * rdf, rdfs, owl, xsd, dc and parley when the query does not declare them), a bare number is a number and
     * {@code true}/{@code false} a boolean. Anything else (including a variable or a blank node) is a plain string.
     */
    static Node term(String value, PrefixMapping queryPrefixes) {
        PrefixMap prefixes = PrefixMapFactory.create(PrefixMapping.Standard);
        prefixes.add("parley", Parley.NS);
        prefixes.putAll(queryPrefixes);
        try {
            Node node = NodeFactoryExtra.parseNode(value, prefixes);
            if (node.isURI() || node.isLiteral()) {
                return node;
            }
        } catch (RiotException notATerm) {
            // Not Turtle term syntax: the value is the text itself.
        }
        return NodeFactory.createLiteralString(value);
    }

    /**
     * Binds "NAME=VALUE" arguments as Turtle terms, for a query that does not declare its parameters.
     */
    static Map<Var, Node> bind(List<String> params, PrefixMapping queryPrefixes) {
        Map<Var, Node> bindings = new LinkedHashMap<>();
        values(params).forEach((name, value) -> bindings.put(Var.alloc(name), term(value, queryPrefixes)));
        return bindings;
    }

    /**
     * The "NAME=VALUE" arguments by name (split at the first '='; picocli's own map parsing would try to balance
     * the quotes that Turtle literals contain). A leading ? or $ on the name is dropped.
     */
    static Map<String, String> values(List<String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String param : params) {
            int equals = param.indexOf('=');
            String name = equals < 0 ? param : param.substring(0, equals);
            String varName = name.startsWith("?") || name.startsWith("$") ? name.substring(1) : name;
            if (equals < 0 || !varName.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new UserError("--param " + param + ": expected NAME=VALUE with NAME a variable name");
            }
            values.put(varName, param.substring(equals + 1));
        }
        return values;
    }
}
