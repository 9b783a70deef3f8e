package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.link.Gazetteer;
import org.parley.rdf.Parley;
import org.parley.store.ParleyStore;
import org.parley.store.TestStores;
import picocli.CommandLine;

/** The commands as a user runs them, through picocli, over hand-made stores. */
public class ParleyCliTest {
    @TempDir
    static Path shared;

    /** Two articles: Wang Yi speaks in a.txt, Xi Jinping in b.txt. */
    private static Path store;

    @TempDir
    Path dir;

    private static final String PREFIX = "PREFIX parley: <" + Parley.NS + ">\n";

    /** What a run of the parley command returned and printed; other packages' command tests use it too. */
    public record Run(int exit, String out, String err) {
    }

    /** Runs the parley command as main does, capturing its output. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ParleyCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void createStore() {
        store = shared.resolve("store");
        try (ParleyStore opened = ParleyStore.open(store)) {
            opened.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "we agreed"));
            opened.replaceArticle("b.txt", TestStores.article("b.txt", "Xi Jinping", "Vladimir Putin", "a new era"));
            opened.rebuildEvents();
        }
    }

    private Path queryFile(String text) throws IOException {
        Path file = Files.createTempFile(dir, "query", ".rq");
        Files.writeString(file, text);
        return file;
    }

    private static long quads() {
        try (ParleyStore opened = ParleyStore.openExisting(store)) {
            return opened.quadCount();
        }
    }

    private static void assertOneLineError(Run run, String expected) {
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(!run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    /** Runs {@code body} with parley.home (where samples/ and queries/ are) set to {@code home}, then restores it. */
    private static void withHome(Path home, Runnable body) {
        String previous = System.getProperty("parley.home");
        System.setProperty("parley.home", home.toString());
        try {
            body.run();
        } finally {
            if (previous == null) {
                System.clearProperty("parley.home");
            } else {
                System.setProperty("parley.home", previous);
            }
        }
    }

    @Test
    void everyCommandHasHelp() {
        Run top = run("--help");
        assertEquals(0, top.exit());
        CommandLine cli = ParleyCli.commandLine();
        for (String name : cli.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            assertTrue(top.out().contains("  " + name + " "), name);
            Run help = run(name, "--help");
            assertEquals(0, help.exit(), name);
            assertTrue(help.out().startsWith("Usage: parley " + name), help.out());
        }
    }

    @Test
    void printsItsVersion() {
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("parley "), version.out());
        assertTrue(version.out().contains("Apache Jena 5."), version.out());
    }

    @Test
    void badArgumentsExitWithTwo() {
        assertEquals(2, run().exit());
        assertEquals(2, run("frobnicate").exit());
        assertEquals(2, run("ingest").exit(), "a path is required");
        assertEquals(2, run("query", "--format", "xml", "contacts").exit());
        assertEquals(2, run("serve", "--port", "http").exit());
        assertEquals(2, run("remove", "--store", store.toString()).exit(), "a locator is required");
    }

    @Test
    void aMissingStoreIsOneLineAndExitTwo() {
        Path missing = dir.resolve("missing");
        for (String command : List.of("query", "stats", "remove", "serve", "validate")) {
            List<String> args = switch (command) {
                case "query" -> List.of("query", "--store", missing.toString(), "contacts");
                case "remove" -> List.of("remove", "--store", missing.toString(), "a.txt");
                default -> List.of(command, "--store", missing.toString());
            };
            Run run = run(args.toArray(String[]::new));
            assertEquals(2, run.exit(), command + ": " + run.err());
            assertOneLineError(run, "parley " + command + ": no Parley store at " + missing);
        }
        assertTrue(!Files.exists(missing), "reading commands never create a store");
    }

    @Test
    void anUnknownQueryNameIsOneLineAndExitTwo() {
        Run run = run("query", "--store", store.toString(), "no-such-query");
        assertEquals(2, run.exit());
        assertOneLineError(run, "parley query: unknown query 'no-such-query'");
    }

    @Test
    void aQueryWithASyntaxErrorIsOneLineAndExitTwo() throws IOException {
        Path file = queryFile("SELECT ?x WHERE { ?x ?p }\n");
        Run run = run("query", "--store", store.toString(), file.toString());
        assertEquals(2, run.exit());
        assertOneLineError(run, "parley query: " + file + ": ");
    }

    @Test
    void anUpdateIsNotAQuery() throws IOException {
        Run run = run("query", "--store", store.toString(), queryFile("DROP ALL").toString());
        assertEquals(2, run.exit());
        assertEquals(2, run("query", "--store", store.toString(), dir.resolve("none.rq").toString()).exit());
    }

    @Test
    void writesSparqlCsvWithBoundParameters() throws IOException {
        Path file = queryFile(PREFIX + "SELECT ?quote WHERE { ?s parley:speaker ?who ; parley:quote ?quote }");
        Run run = run("query", "--store", store.toString(), "--format", "csv",
                "--param", "who=<" + TestStores.actor("Xi Jinping").getURI() + ">", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("quote\r\na new era\r\n", run.out());
    }

    @Test
    void writesJsonAndTsvAndTables() throws IOException {
        Path file = queryFile(PREFIX + "SELECT ?quote WHERE { ?s parley:quote ?quote } ORDER BY ?quote");
        Run json = run("query", "--store", store.toString(), "-f", "json", file.toString());
        assertTrue(json.out().contains("\"value\": \"we agreed\""), json.out());
        Run tsv = run("query", "--store", store.toString(), "-f", "tsv", file.toString());
        assertEquals("?quote\n\"a new era\"\n\"we agreed\"\n", tsv.out());
        Run table = run("query", "--store", store.toString(), file.toString());
        assertTrue(table.out().contains("| \"we agreed\" |"), table.out());
    }

    @Test
    void anInjectionAttemptStaysALiteral() throws IOException {
        long before = quads();
        Path file = queryFile(PREFIX + "SELECT ?s WHERE { ?s parley:quote ?quote }");
        Run run = run("query", "--store", store.toString(), "-f", "csv",
                "--param", "quote=x\" } ; DROP ALL ; #", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("s\r\n", run.out(), "no quote is that text");
        assertEquals(before, quads());

        Run matching = run("query", "--store", store.toString(), "-f", "csv", "--param", "quote=we agreed",
                file.toString());
        assertEquals(2, matching.out().lines().count(), "a plain string matches: " + matching.out());
    }

    @Test
    void anOptionalParameterMayStayUnbound() throws IOException {
        Path file = queryFile(PREFIX + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT ?quote WHERE { ?s parley:speaker ?who ; parley:quote ?quote . ?who skos:prefLabel ?label "
                + "FILTER(!BOUND(?speaker) || LCASE(?label) = LCASE(?speaker)) } ORDER BY ?quote");
        Run all = run("query", "--store", store.toString(), "-f", "csv", file.toString());
        assertEquals("quote\r\na new era\r\nwe agreed\r\n", all.out(), all.err());
        Run one = run("query", "--store", store.toString(), "-f", "csv", "-p", "speaker=xi jinping", file.toString());
        assertEquals("quote\r\na new era\r\n", one.out(), one.err());
    }

    @Test
    void aParameterForNoVariableIsRefused() throws IOException {
        Path file = queryFile(PREFIX + "SELECT ?s WHERE { ?s parley:quote ?quote }");
        Run run = run("query", "--store", store.toString(), "--param", "qoute=x", file.toString());
        assertEquals(2, run.exit());
        assertOneLineError(run, "the query has no variable ?qoute");
    }

    @Test
    void namedQueriesComeFromTheQueriesDirectory() throws IOException {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("queries"));
        Files.writeString(home.resolve("queries/platform-test-speakers.rq"),
                PREFIX + "SELECT (COUNT(DISTINCT ?who) AS ?speakers) WHERE { ?s parley:speaker ?who }");
        withHome(home, () -> {
            Run run = run("query", "--store", store.toString(), "-f", "csv", "platform-test-speakers");
            assertEquals(0, run.exit(), run.err());
            assertEquals("speakers\r\n2\r\n", run.out());
        });
    }

    @Test
    void statsCountsTheStore() {
        Run run = run("stats", "--store", store.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("articles         2\n"), run.out());
        assertTrue(run.out().contains("actors           4\n"), run.out());
        assertTrue(run.out().contains("contact reports  2\n"), run.out());
        assertTrue(run.out().contains("statements       2\n"), run.out());
        assertTrue(run.out().contains("quads            " + quads() + "\n"), run.out());
    }

    @Test
    void removeDropsArticlesAndReportsUnknownOnes() {
        Path own = dir.resolve("store");
        TestStores.create(own, List.of("x/a.txt", "x/b.txt"));
        Run run = run("remove", "--store", own.toString(), "x/a.txt", "b.txt");
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("Removed 1 article"), run.out());
        assertTrue(run.err().contains("no article with locator b.txt"), run.err());
        assertTrue(run.err().contains("did you mean x/b.txt?"), run.err());
        try (ParleyStore opened = ParleyStore.openExisting(own)) {
            assertEquals(List.of("x/b.txt"), opened.locators());
            assertTrue(!opened.eventsStale());
        }
    }

    @Test
    void validatesAStore() {
        assumeTrue(ParleyCliTest.class.getResource("/ontology/shapes.ttl") != null, "no shapes yet");
        Path empty = dir.resolve("empty");
        ParleyStore.open(empty).close();
        Run run = run("validate", "--store", empty.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("conforms"), run.out());
    }

    @Test
    void demoNeedsSamples() {
        withHome(dir, () -> {
            Run run = run("demo", "--port", "0");
            assertEquals(2, run.exit());
            assertOneLineError(run, "parley demo: no sample articles in ");
        });
    }

    /** The one test that runs the real extractor (slow on first use); the pipeline itself is tested with stand-ins. */
    @Test
    void ingestStoresWhatItCanAndReportsTheRest() throws IOException {
        assumeTrue(gazetteerAvailable(), "the gazetteer is not written yet");
        Path article = dir.resolve("talks.txt");
        Files.writeString(article, "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov "
                + "in Beijing on Tuesday. \"We agreed on everything,\" Wang said.\n");
        Path missing = dir.resolve("missing.txt");
        Path own = dir.resolve("store");

        Run first = run("ingest", "--store", own.toString(), article.toString(), missing.toString());
        assertEquals(1, first.exit(), first.out() + first.err());
        assertTrue(first.out().contains("  articles    1\n"), first.out());
        assertTrue(first.out().contains("  errors      1\n    " + missing + ": "), first.out());
        String quads = first.out().lines().filter(l -> l.startsWith("  quads")).findFirst().orElseThrow();

        Run again = run("ingest", "--store", own.toString(), article.toString());
        assertEquals(0, again.exit(), again.out() + again.err());
        assertTrue(again.out().contains(quads + "\n"), "re-ingesting replaces: " + again.out());
    }

    private static boolean gazetteerAvailable() {
        try {
            Graph graph = Gazetteer.standard().model().getGraph();
            return !graph.isEmpty();
        } catch (UnsupportedOperationException notYet) {
            return false;
        }
    }
}
