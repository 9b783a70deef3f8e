package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.rdf.Parley;
import org.parley.read.InputLimits;
import org.parley.serve.ParleyServer;
import org.parley.serve.ServerSettings;
import org.parley.store.Ingestion;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo",
        description = {"Ingest the sample articles (samples/) into a fresh store, parley-demo in the current "
                + "directory (deleted first), then serve it and print queries to try."})
class DemoCommand implements Callable<Integer> {
    static final Path DEMO_STORE = Path.of("parley-demo");

    private static final String PREFIXES = "PREFIX parley: <" + Parley.NS + "> "
            + "PREFIX rdfs: <" + RDFS.getURI() + "> PREFIX skos: <" + SKOS.getURI() + "> ";

    /** Queries to try, each with what it answers. */
    private static final List<String[]> EXAMPLES = List.of(
            new String[]{"Events by type",
                    "SELECT ?type (COUNT(?event) AS ?events) WHERE { ?event a ?type . "
                            + "?type rdfs:subClassOf parley:Event } GROUP BY ?type"},
            new String[]{"Who met whom, and when",
                    "SELECT ?event ?date (GROUP_CONCAT(DISTINCT ?name; separator=\", \") AS ?participants) "
                            + "WHERE { ?event a parley:Meeting ; parley:participant ?actor . "
                            + "?actor skos:prefLabel ?label BIND(STR(?label) AS ?name) "
                            + "OPTIONAL { ?event parley:date ?date } } GROUP BY ?event ?date ORDER BY ?date"},
            new String[]{"What was said, by whom, in which article",
                    "SELECT DISTINCT ?speaker ?quote ?source WHERE { ?statement a parley:Statement ; "
                            + "parley:quote ?quote ; parley:speaker ?who ; parley:source/parley:locator ?source . "
                            + "?who skos:prefLabel ?label BIND(STR(?label) AS ?speaker) } LIMIT 20"});

    @Mixin
    private ServerOptions server;

    @Mixin
    private CommandContext context;

    @Override
    public Integer call() throws InterruptedException {
        ServerSettings settings = server.settings(System.getenv());
        Serving.requireFreePort(settings);
        Path samples = ParleyCli.home().resolve("samples");
        if (!hasFiles(samples)) {
            throw new UserError("no sample articles in " + samples.toAbsolutePath());
        }
        deleteDemoStore();
        context.quietCoreNlp();
        ParleyStore store = ParleyStore.open(DEMO_STORE);
        Ingestion.Summary summary;
        try {
            summary = IngestRun.run(store, List.of(relativeToHere(samples)), InputLimits.DEFAULT, context);
        } catch (RuntimeException | InterruptedException e) {
            store.close();
            throw e;
        }
        if (summary.articles() == 0) {
            store.close();
            context.err().println("parley demo: no sample article could be stored");
            return 1;
        }
        Serving.serveUntilStopped(store, settings, context.out(), DemoCommand::examples);
        return 0;
    }

    private static List<String> examples(ParleyServer running) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Queries to try:");
        for (String[] example : EXAMPLES) {
            lines.add("");
            lines.add("  # " + example[0]);
            lines.add("  curl -s " + running.sparqlUrl() + " -H 'Accept: text/csv' --data-urlencode 'query=" + PREFIXES
                    + example[1] + "'");
        }
        lines.add("");
        lines.add("  # The named queries (queries/*.rq), through the running server");
        lines.add("  curl -s '" + running.baseUrl() + "api/query/person-timeline?person=Putin&format=csv'");
        lines.add("  curl -s '" + running.baseUrl() + "api/query/bilateral-contacts-per-month?countryA=RUS&countryB=China"
                + "&format=csv'");
        lines.add("");
        lines.add("  # The same from the command line, once the demo is stopped (the server holds the store)");
        lines.add("  ./parley query --store " + DEMO_STORE + " person-timeline --param person=Putin");
        lines.add("");
        lines.add("Open " + running.baseUrl() + " in a browser and search for Putin.");
        return lines;
    }

    /** Locators are the paths as given: from the project directory they read "samples/…", not a full path. */
    private static String relativeToHere(Path dir) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = dir.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString()
                : absolute.toString();
    }

    private static boolean hasFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            throw new UserError("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the previous demo store, but only if it is one: never a directory that holds anything else. */
    private static void deleteDemoStore() {
        if (!Files.exists(DEMO_STORE)) {
            return;
        }
        if (!ParleyStore.isStore(DEMO_STORE)) {
            try (Stream<Path> entries = Files.list(DEMO_STORE)) {
                if (entries.findAny().isPresent()) {
                    throw new UserError(DEMO_STORE.toAbsolutePath() + " exists and is not a Parley store; "
                            + "move it away to run the demo");
                }
            } catch (IOException e) {
                throw new UserError("cannot read " + DEMO_STORE.toAbsolutePath() + ": " + e.getMessage(), e);
            }
        }
        try (Stream<Path> paths = Files.walk(DEMO_STORE)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new UserError("cannot delete the old demo store " + DEMO_STORE.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
    }
}
