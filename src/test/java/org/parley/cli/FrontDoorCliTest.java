package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.cli.ParleyCliTest.run;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCliTest.Run;
import org.parley.store.ParleyStore;
import org.parley.store.ReferenceGraphs;
import org.parley.store.ServerNote;
import org.parley.store.TestStores;

/** What the command line says when something is wrong: named queries' parameters, paths, commands, ports. */
class FrontDoorCliTest {
    @TempDir
    static Path shared;

    private static String store;

    @BeforeAll
    static void createStore() {
        Path directory = shared.resolve("store");
        try (ParleyStore opened = ParleyStore.open(directory)) {
            opened.ensureReferenceGraphs(ReferenceGraphs.standard());
            opened.replaceArticle("a.txt", TestStores.article("a.txt", "Wang Yi", "Sergey Lavrov", "we agreed"));
            opened.rebuildEvents();
        }
        store = directory.toString();
    }

    private static Run query(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("query", "--store", store));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    @Test
    void aNamedQueryRunsOnlyWithTheParametersItDeclares() {
        Run missing = query("bilateral-contacts-per-month");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("parley query: bilateral-contacts-per-month needs parameter countryA"),
                missing.err());
        assertEquals(1, missing.err().lines().count(), "one line");
        Run unknownCountry = query("bilateral-contacts-per-month", "-p", "countryA=XYZ", "-p", "countryB=CHN");
        assertEquals(2, unknownCountry.exit());
        assertTrue(unknownCountry.err().contains("countryA=XYZ: no country 'XYZ'"), unknownCountry.err());
        assertEquals(0, query("bilateral-contacts-per-month", "-p", "countryA=rus", "-p", "countryB=People's Republic "
                + "of China").exit());
        Run unknownParameter = query("describe", "-p", "iri=<urn:x>");
        assertEquals(2, unknownParameter.exit());
        assertTrue(unknownParameter.err().contains("describe has no parameter iri (it takes entity)"),
                unknownParameter.err());
        Run ambiguous = query("person-timeline", "-p", "person=wang");
        assertEquals(2, ambiguous.exit());
        assertTrue(ambiguous.err().contains("Wang Yi <https://w3id.org/parley/id/person/wang-yi>"), ambiguous.err());
        Run bare = query("describe-actor", "--format", "json", "-p", "entity=https://w3id.org/parley/id/country/RUS");
        assertEquals(0, bare.exit(), bare.err());
    }

    @Test
    void aQueryFileOfOnesOwnStillBindsAnyVariable() throws Exception {
        Path file = shared.resolve("mine.rq");
        Files.writeString(file, "SELECT ?x WHERE { BIND(?value AS ?x) }");
        Run run = query("--format", "csv", "-p", "value=\"hello\"", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("x\r\nhello\r\n", run.out());
    }

    @Test
    void anUnknownCommandNamesTheNearest() {
        Run typo = run("qurey");
        assertEquals(2, typo.exit());
        assertEquals("parley: unknown command 'qurey'; did you mean 'query'? (commands: ", typo.err()
                .substring(0, typo.err().indexOf('(') + 11));
        assertTrue(run("expotr", "--format", "csv").err().contains("did you mean 'export'?"));
        assertEquals(1, run("bogus").err().lines().count());
    }

    @Test
    void missingInputsAreReportedBeforeAnythingIsLoadedOrCreated() {
        Path target = shared.resolve("never");
        Run run = run("ingest", "--store", target.toString(), shared.resolve("typo.txt").toString(),
                shared.resolve("typo2").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no such file or directory: " + shared.resolve("typo.txt") + ", "), run.err());
        assertFalse(Files.exists(target), "no empty store");
    }

    @Test
    void theDemoChecksItsPortBeforeIngesting() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            long start = System.nanoTime();
            Run run = run("demo", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(2, run.exit());
            assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "before the models load");
        }
    }

    @Test
    void theInputsArticlesAreCountedAheadForTheProgressBar() throws Exception {
        Path dir = Files.createDirectories(shared.resolve("inputs"));
        Files.writeString(dir.resolve("a.txt"), "text");
        Files.writeString(dir.resolve("feed.jsonl"), "{\"text\":\"one\"}\n\n{\"text\":\"two\"}\n");
        Files.writeString(dir.resolve(".hidden"), "skipped");
        assertEquals(3, InputListing.expectedArticles(List.of(dir.toString())));
        assertEquals(-1, InputListing.expectedArticles(List.of(dir.toString(), "-")));
    }

    @Test
    void aRunningServerLeavesANoteThatALockedStoreReads() {
        Path directory = shared.resolve("noted");
        ServerNote.write(shared, "http://127.0.0.1:3030/");
        assertEquals("http://127.0.0.1:3030/", ServerNote.read(shared).orElseThrow());
        ServerNote.remove(shared);
        assertTrue(ServerNote.read(shared).isEmpty());
        assertTrue(ServerNote.read(directory).isEmpty());
    }
}
