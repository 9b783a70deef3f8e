package org.parley.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * A SPARQL query with what its header comment declares: a one-line summary and its parameters. The header is the
 * query file's leading comment lines:
 * <pre>
 * # NAME.rq — what it gives.
 * # Parameters:
 * #   countryA  country  required  e.g. RUS    one side
 * #   from      date     optional  e.g. 2023   only contacts from then on
 * # At least one of: person, countryA
 * </pre>
 * or {@code # Parameters: none.} A query whose header has no "Parameters:" line declares nothing, and its
 * variables take any RDF term (a file of the user's own).
 *
 * @param name        the query's name (its file name without .rq)
 * @param summary     what the header's first line says the query gives
 * @param text        the query's text, header included
 * @param query       the parsed query
 * @param parameters  the declared parameters, in header order
 * @param atLeastOne  parameters of which at least one must be given (empty when there is no such rule)
 * @param declared    whether the header declares the parameters (possibly none)
 */
public record NamedQuery(String name, String summary, String text, Query query, List<QueryParameter> parameters,
                         List<String> atLeastOne, boolean declared) {
    private static final Pattern SUMMARY = Pattern.compile("^#\\s*[\\w.-]+\\.rq\\s*[—-]+\\s*(.*)$");
    private static final Pattern PARAMETERS = Pattern.compile("^#\\s*Parameters:\\s*(none\\.?)?\\s*$");
    private static final Pattern PARAMETER = Pattern.compile("^#\\s+([A-Za-z_]\\w*)\\s+(" + ParameterKind.alternatives()
            + ")\\s+(required|optional)\\s+e\\.g\\.\\s+(\"[^\"]*\"|\\S+)\\s*(.*)$");
    private static final Pattern ALMOST_A_PARAMETER = Pattern.compile("^#\\s+\\w+\\s+\\S+\\s+(required|optional)\\b");
    private static final Pattern AT_LEAST_ONE = Pattern.compile("^#\\s+At least one of:\\s*(.+?)\\.?\\s*$");

    public NamedQuery {
        parameters = List.copyOf(parameters);
        atLeastOne = List.copyOf(atLeastOne);
    }

    /**
     * Reads a query's text and header.
     *
     * @throws InvalidQueryException when the query does not parse, or its header is malformed
     */
    public static NamedQuery parse(String name, String text) {
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            // The first line says where; the rest lists every token the grammar would have accepted.
            throw new InvalidQueryException(name + ": " + e.getMessage().lines().findFirst().orElse("syntax error"));
        }
        List<String> header = text.lines().map(String::strip).takeWhile(l -> l.startsWith("#")).toList();
        String summary = summary(header);
        List<QueryParameter> parameters = new ArrayList<>();
        List<String> atLeastOne = new ArrayList<>();
        boolean declared = false;
        for (int i = 0; i < header.size(); i++) {
            Matcher start = PARAMETERS.matcher(header.get(i));
            if (!start.matches()) {
                continue;
            }
            declared = true;
            for (int j = i + 1; start.group(1) == null && j < header.size(); j++) {
                Matcher parameter = PARAMETER.matcher(header.get(j));
                Matcher rule = AT_LEAST_ONE.matcher(header.get(j));
                if (parameter.matches()) {
                    parameters.add(new QueryParameter(parameter.group(1), ParameterKind.parse(parameter.group(2)),
                            parameter.group(3).equals("required"), unquote(parameter.group(4)),
                            parameter.group(5).strip()));
                } else if (rule.matches()) {
                    atLeastOne.addAll(Arrays.stream(rule.group(1).split("\\s*,\\s*")).toList());
                } else if (ALMOST_A_PARAMETER.matcher(header.get(j)).find()) {
                    throw new InvalidQueryException(name + ": header line '" + header.get(j).substring(1).strip()
                            + "' is not NAME KIND required|optional e.g. EXAMPLE, with KIND one of "
                            + ParameterKind.alternatives().replace('|', ' '));
                } else {
                    break;
                }
            }
            break;
        }
        NamedQuery named = new NamedQuery(name, summary, text, query, parameters, atLeastOne, declared);
        named.checkHeader();
        return named;
    }

    /**
     * Values that make the query run on the sample articles: the header's examples for the required parameters,
     * and for the first of an "at least one of" rule.
     */
    public Map<String, String> exampleValues() {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.stream().filter(QueryParameter::required).forEach(p -> values.put(p.name(), p.example()));
        atLeastOne.stream().findFirst().flatMap(this::parameter).ifPresent(p -> values.put(p.name(), p.example()));
        return values;
    }

    public Optional<QueryParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Every declared parameter is a variable of the query; every rule names declared parameters. */
    private void checkHeader() {
        List<String> variables = query.getProjectVars().stream().map(v -> v.getVarName()).toList();
        String body = query.toString();
        for (QueryParameter p : parameters) {
            if (!variables.contains(p.name()) && !Pattern.compile("[?$]" + p.name() + "\\b").matcher(body).find()) {
                throw new InvalidQueryException(name + ": the header declares parameter " + p.name()
                        + ", which is no variable of the query");
            }
        }
        for (String rule : atLeastOne) {
            if (parameter(rule).isEmpty()) {
                throw new InvalidQueryException(name + ": 'At least one of' names " + rule
                        + ", which the header does not declare");
            }
        }
    }

    /** The first sentence of the header's description, which may run over several lines. */
    private static String summary(List<String> header) {
        StringBuilder text = new StringBuilder();
        for (String line : header) {
            Matcher first = SUMMARY.matcher(line);
            if (text.isEmpty() && first.matches()) {
                text.append(first.group(1));
            } else if (!text.isEmpty() && !PARAMETERS.matcher(line).matches()) {
                text.append(' ').append(line.substring(1).strip());
            } else if (!text.isEmpty()) {
                break;
            }
        }
        Matcher sentence = Pattern.compile("^(.*?[.:])(\\s|$)").matcher(text);
        return sentence.find() ? sentence.group(1) : text.toString();
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
