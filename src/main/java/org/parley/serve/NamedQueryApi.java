package org.parley.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.parley.export.JsonLdWriter;
import org.parley.export.JsonText;
import org.parley.query.InvalidParameterException;
import org.parley.query.NamedQueries;
import org.parley.query.NamedQuery;
import org.parley.query.ParameterValues;
import org.parley.query.QueryParameter;

/**
 * A small JSON API over the built-in named queries, for the exploration page and for scripts:
 * <ul>
 * <li>{@code GET /api/queries}: each query's name, summary, parameters (name, kind, required, example) and text;</li>
 * <li>{@code GET /api/bind/NAME?PARAM=VALUE...}: the terms the values stand for (without values, the header's
 * examples), which the SPARQL editor puts into the query's text;</li>
 * <li>{@code GET /api/query/NAME?PARAM=VALUE...}: the query's results as SPARQL 1.1 JSON (JSON-LD for a CONSTRUCT),
 * ({@code &format=csv} or {@code tsv} for those formats), with the values read and checked as {@code parley query} reads them (a country by code or name, a person by
 * name). A value that is wrong gets a 400 whose {@code error} names the parameter.</li>
 * </ul>
 * Queries run with the server's time limit.
 */
final class NamedQueryApi extends HttpServlet {
    static final String PATH = "/api/";
    /** The request parameter that picks the results format; no named query has a parameter of that name. */
    private static final String FORMAT = "format";

    /** The most answers kept; past it they are all dropped (the page asks a few queries, over and over). */
    private static final int MAX_ANSWERS = 512;

    private record Answer(long version, byte[] body) {
    }

    private final transient DatasetGraph dataset;
    private final Duration timeout;
    private final transient Map<String, Answer> answers = new ConcurrentHashMap<>();

    NamedQueryApi(DatasetGraph dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + PATH.length());
        if (path.equals("queries")) {
            json(response, HttpServletResponse.SC_OK, catalogue());
            return;
        }
        boolean bindOnly = path.startsWith("bind/");
        if (!path.startsWith("query/") && !bindOnly) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "no such API: use /api/queries, /api/query/NAME or "
                    + "/api/bind/NAME");
            return;
        }
        String name = path.substring(path.indexOf('/') + 1);
        NamedQuery query = NamedQueries.builtIn(name).orElse(null);
        if (query == null) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "unknown query '" + name + "' (known: "
                    + String.join(", ", NamedQueries.builtInNames()) + ")");
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((key, given) -> values.put(key, given[given.length - 1]));
        String format = values.remove(FORMAT);
        if (format != null && !List.of("json", "csv", "tsv").contains(format)) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "format=" + format + ": give json, csv or tsv");
            return;
        }
        if (bindOnly && values.isEmpty()) {
            values.putAll(query.exampleValues());
        }
        byte[] body;
        try {
            body = bindOnly ? bindings(query, values) : run(query, values, format == null ? "json" : format);
        } catch (InvalidParameterException e) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query timed out");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(bindOnly ? "application/json; charset=utf-8" : contentType(query.query(), format));
        response.getOutputStream().write(body);
    }

    /** The terms the values stand for, in SPARQL syntax: {@code {"bindings": {"person": "<https://…>"}}}. */
    private byte[] bindings(NamedQuery named, Map<String, String> values) {
        StringBuilder json = new StringBuilder("{\"bindings\":{");
        new ParameterValues(dataset).bind(named, values).forEach((var, term) -> json
                .append(json.charAt(json.length() - 1) == '{' ? "" : ",").append(JsonText.quote(var.getVarName()))
                .append(':').append(JsonText.quote(NodeFmtLib.strTTL(term))));
        return json.append("}}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String contentType(Query query, String format) {
        if (query.isConstructType() || query.isDescribeType()) {
            return "application/ld+json; charset=utf-8";
        }
        return format == null || format.equals("json") ? "application/sparql-results+json; charset=utf-8"
                : format.equals("csv") ? "text/csv; charset=utf-8" : "text/tab-separated-values; charset=utf-8";
    }

    /**
     * The results, read in full inside one read transaction before anything is sent. The answer to the same query
     * with the same values is kept until the store changes (its data version moves on every committed write), so
     * that the page's repeated requests (the actors for the search box, above all) cost nothing.
     */
    private byte[] run(NamedQuery named, Map<String, String> values, String format) {
        String key = named.name() + " " + new TreeMap<>(values) + " " + format;
        return Txn.calculateRead(dataset, () -> {
            long version = dataVersion();
            Answer kept = answers.get(key);
            if (kept != null && version >= 0 && kept.version() == version) {
                return kept.body();
            }
            byte[] body = execute(named, new ParameterValues(dataset).bind(named, values), format);
            if (version >= 0) {
                if (answers.size() >= MAX_ANSWERS) {
                    answers.clear();
                }
                answers.put(key, new Answer(version, body));
            }
            return body;
        });
    }

    /** The store's data version inside the current transaction; -1 for a dataset that has none (not TDB2). */
    private long dataVersion() {
        return TDBInternal.isTDB2(dataset)
                ? TDBInternal.getDatasetGraphTDB(dataset).getTxnSystem().getThreadTransaction().getDataVersion() : -1;
    }

    private byte[] execute(NamedQuery named, Map<Var, Node> bindings, String format) {
        Query query = named.query();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryExecBuilder builder = QueryExec.dataset(dataset).query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        bindings.forEach(builder::substitution);
        try (QueryExec exec = builder.build()) {
            if (query.isSelectType()) {
                ResultSet rows = ResultSet.adapt(exec.select());
                switch (format) {
                    case "csv" -> ResultSetFormatter.outputAsCSV(out, rows);
                    case "tsv" -> ResultSetFormatter.outputAsTSV(out, rows);
                    default -> ResultSetFormatter.outputAsJSON(out, rows);
                }
            } else if (query.isAskType()) {
                ResultSetFormatter.outputAsJSON(out, exec.ask());
            } else {
                // Parley's streaming JSON-LD writer: the same JSON-LD as the exports, much faster to write.
                JsonLdWriter.write(query.isDescribeType() ? exec.describe() : exec.construct(), out);
            }
        }
        return out.toByteArray();
    }

    /** The built-in queries as JSON, written by hand: a small, fixed shape. */
    private static String catalogue() {
        StringBuilder json = new StringBuilder("[");
        List<String> names = NamedQueries.builtInNames();
        for (int i = 0; i < names.size(); i++) {
            NamedQuery query = NamedQueries.builtIn(names.get(i)).orElseThrow();
            json.append(i == 0 ? "\n" : ",\n").append("{\"name\":").append(JsonText.quote(query.name()))
                    .append(",\"summary\":").append(JsonText.quote(query.summary()))
                    .append(",\"parameters\":[");
            for (int j = 0; j < query.parameters().size(); j++) {
                QueryParameter p = query.parameters().get(j);
                json.append(j == 0 ? "" : ",").append("{\"name\":").append(JsonText.quote(p.name()))
                        .append(",\"kind\":").append(JsonText.quote(p.kind().label()))
                        .append(",\"required\":").append(p.required())
                        .append(",\"example\":").append(JsonText.quote(p.example()))
                        .append(",\"description\":").append(JsonText.quote(p.description())).append('}');
            }
            json.append("],\"text\":").append(JsonText.quote(query.text())).append('}');
        }
        return json.append("\n]\n").toString();
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        json(response, status, "{\"error\":" + JsonText.quote(message) + "}\n");
    }

    private static void json(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
