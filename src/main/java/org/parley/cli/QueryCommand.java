package org.parley.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query",
        description = {"Run a SPARQL query over the store. The default graph is the union of all named graphs.",
                "Errors (a parse error, an unknown query name, a missing store) exit with code 2."})
class QueryCommand implements Callable<Integer> {
    enum Format { TABLE, CSV, TSV, JSON }

    @Mixin
    private StoreOption store;

    @Mixin
    private CommandContext context;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json: SPARQL 1.1 results formats for SELECT and ASK. "
                    + "CONSTRUCT and DESCRIBE give Turtle (table) or JSON-LD (json). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = {"Bind ?NAME to an RDF term (repeatable), never pasted into the query text.",
                    "VALUE in Turtle syntax: <http://...> an IRI, \"text\"@en or \"2023\"^^xsd:gYear a literal, "
                            + "prefix:local an IRI by the query's prefixes, 42 a number; anything else is a plain "
                            + "string."})
    private List<String> params = new ArrayList<>();

    @Parameters(paramLabel = "QUERY",
            description = "A query file (FILE.rq), or the NAME of a named query: ./queries/NAME.rq, else "
                    + "queries/NAME.rq in the Parley directory, else the built-in queries/NAME.rq.")
    private String queryArgument;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        NamedText source = load(queryArgument);
        Query query;
        try {
            query = QueryFactory.create(source.text());
        } catch (QueryParseException e) {
            // The first line says where; the rest lists every token the grammar would have accepted.
            throw new UserError(source.name() + ": " + e.getMessage().lines().findFirst().orElse("syntax error"), e);
        }
        Map<Var, Node> bindings = QueryParameters.bind(params, query.getPrefixMapping());
        bindings.keySet().forEach(var -> requireVariable(query, var));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ParleyStore opened = store.openForReading(context)) {
            if (query.isSelectType()) {
                writeSelect(opened.select(query, bindings), query, bytes);
            } else if (query.isAskType()) {
                writeAsk(opened.ask(query, bindings), bytes);
            } else if (query.isConstructType() || query.isDescribeType()) {
                writeGraph(opened.graphQuery(query, bindings), query, bytes);
            } else {
                throw new UserError(source.name() + ": unsupported query form");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
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

    private record NamedText(String name, String text) {
    }

    /** A file when the argument names one (or looks like a path), else a named query. */
    private static NamedText load(String argument) {
        Path path = Path.of(argument);
        if (argument.endsWith(".rq") || argument.contains("/") || Files.isRegularFile(path)) {
            if (!Files.isRegularFile(path)) {
                throw new UserError("no query file " + argument);
            }
            return new NamedText(argument, read(path));
        }
        if (!argument.matches("[A-Za-z0-9_.-]+")) {
            throw new UserError("'" + argument + "' is neither a query file nor a query name");
        }
        for (Path dir : new Path[]{Path.of("queries"), ParleyCli.home().resolve("queries")}) {
            Path file = dir.resolve(argument + ".rq");
            if (Files.isRegularFile(file)) {
                return new NamedText(file.toString(), read(file));
            }
        }
        String resource = "/queries/" + argument + ".rq";
        try (InputStream in = QueryCommand.class.getResourceAsStream(resource)) {
            if (in != null) {
                return new NamedText(argument, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UserError("cannot read built-in query " + resource + ": " + e.getMessage(), e);
        }
        throw new UserError("unknown query '" + argument + "': no queries/" + argument + ".rq here, in "
                + ParleyCli.home().toAbsolutePath().resolve("queries") + ", or built in" + knownNames());
    }

    private static String knownNames() {
        TreeSet<String> names = new TreeSet<>();
        for (Path dir : new Path[]{Path.of("queries"), ParleyCli.home().resolve("queries")}) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".rq"))
                            .forEach(f -> names.add(f.substring(0, f.length() - 3)));
                } catch (IOException e) {
                    // Listing is only a hint.
                }
            }
        }
        return names.isEmpty() ? "" : " (known: " + String.join(", ", names) + ")";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot read query file " + file + ": " + e.getMessage(), e);
        }
    }
}
