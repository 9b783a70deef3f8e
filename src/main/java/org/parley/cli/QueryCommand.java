package org.parley.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.parley.query.InvalidParameterException;
import org.parley.query.InvalidQueryException;
import org.parley.query.NamedQueries;
import org.parley.query.NamedQuery;
import org.parley.query.ParameterValues;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query",
        description = {"Run a SPARQL query over the store. The default graph is the union of all named graphs.",
                "Errors (a parse error, an unknown query name, a missing store) exit with code 2."})
class QueryCommand extends StoreCommand {
    enum Format { TABLE, CSV, TSV, JSON }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json: SPARQL 1.1 results formats for SELECT and ASK. "
                    + "CONSTRUCT and DESCRIBE give Turtle (table) or JSON-LD (json). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = {"Bind ?NAME to an RDF term (repeatable), never pasted into the query text.",
                    "A named query takes the parameters its header declares, each of a kind: country (ISO code in "
                            + "any case, name or alias), person (name, alias or family name), date (yyyy[-mm[-dd]]), "
                            + "iri (with or without <>), text.",
                    "A query file without such a header takes any variable, VALUE in Turtle syntax: <http://...> "
                            + "an IRI, \"text\"@en or \"2023\"^^xsd:gYear a literal, prefix:local an IRI by the "
                            + "query's prefixes, 42 a number; anything else is a plain string."})
    private List<String> params = new ArrayList<>();

    @Parameters(paramLabel = "QUERY",
            description = "A query file (FILE.rq), or the NAME of a named query: ./queries/NAME.rq, else "
                    + "queries/NAME.rq in the Parley directory, else the built-in queries/NAME.rq.")
    private String queryArgument;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        NamedQuery named;
        try {
            named = NamedQueries.load(queryArgument, List.of(Path.of("queries"), ParleyCli.home().resolve("queries")));
        } catch (InvalidQueryException e) {
            throw new UserError(e.getMessage(), e);
        }
        Query query = named.query();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ParleyStore opened = store.openForReading(context)) {
            Map<Var, Node> bindings = bindings(named, opened);
            if (query.isSelectType()) {
                writeSelect(opened.select(query, bindings), query, bytes);
            } else if (query.isAskType()) {
                writeAsk(opened.ask(query, bindings), bytes);
            } else if (query.isConstructType() || query.isDescribeType()) {
                writeGraph(opened.graphQuery(query, bindings), query, bytes);
            } else {
                throw new UserError(named.name() + ": unsupported query form");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }

    /**
     * A query whose header declares its parameters gets its values checked and resolved against the store (a
     * country's code or name, a person's name); any other query binds the values as Turtle terms.
     */
    private Map<Var, Node> bindings(NamedQuery named, ParleyStore opened) {
        if (!named.declared()) {
            Map<Var, Node> bindings = QueryParameters.bind(params, named.query().getPrefixMapping());
            bindings.keySet().forEach(var -> requireVariable(named.query(), var));
            return bindings;
        }
        try {
            return new ParameterValues(opened.datasetGraph()).bind(named, QueryParameters.values(params));
        } catch (InvalidParameterException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private void writeSelect(ResultSet results, Query query, ByteArrayOutputStream bytes) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(bytes, results, query.getPrologue());
            case CSV -> ResultSetFormatter.outputAsCSV(bytes, results);
            case TSV -> ResultSetFormatter.outputAsTSV(bytes, results);
            case JSON -> ResultSetFormatter.outputAsJSON(bytes, results);
        }
    }

    private void writeAsk(boolean answer, ByteArrayOutputStream bytes) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(bytes, answer);
            case CSV -> ResultSetFormatter.outputAsCSV(bytes, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(bytes, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(bytes, answer);
        }
    }

    private void writeGraph(Graph graph, Query query, ByteArrayOutputStream bytes) {
        graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        switch (format) {
            case TABLE -> RDFDataMgr.write(bytes, graph, RDFFormat.TURTLE_PRETTY);
            case JSON -> RDFDataMgr.write(bytes, graph, RDFFormat.JSONLD11);
            case CSV, TSV -> throw new UserError("CSV and TSV are for SELECT and ASK results; for the RDF of a "
                    + "CONSTRUCT or DESCRIBE use --format table (Turtle) or json (JSON-LD)");
        }
    }

    /** A parameter for a variable the query does not have would silently match everything: refuse it. */
    private static void requireVariable(Query query, Var var) {
        Node probe = NodeFactory.createURI("urn:parley:probe");
        if (QueryTransformOps.transform(query, Map.of(var, probe)).toString().equals(query.toString())) {
            throw new UserError("--param " + var.getVarName() + ": the query has no variable ?" + var.getVarName());
        }
    }
}
