package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCliTest.Run;
import org.parley.store.TestStores;

/** What a hostile argument can do to the command line: nothing beyond what it names. */
class CliSecurityTest {
    @TempDir
    static Path dir;

    private static Path store;
    private static Path query;

    @BeforeAll
    static void createStore() throws IOException {
        store = dir.resolve("store");
        TestStores.create(store, List.of("a.txt", "b.txt"));
        query = Files.writeString(dir.resolve("quotes.rq"), """
                PREFIX parley: <https://w3id.org/parley/ns#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?quote WHERE { ?s parley:quote ?quote ; parley:speaker ?who . ?who skos:prefLabel ?speaker }
                """);
    }

    /** A value is bound as one RDF term: query syntax in it is text, and widens nothing. */
    @Test
    void aParameterCannotChangeWhatTheQueryDoes() {
        for (String injection : List.of("x\" } UNION { ?s ?p ?o } #", "\"Wang Yi\" || true", "?speaker",
                "x\" . ?who <http://www.w3.org/2004/02/skos/core#prefLabel> ?any #", "<urn:x> } ; DROP ALL ; #")) {
            Run run = ParleyCliTest.run("query", "--store", store.toString(), "--format", "csv",
                    "--param", "speaker=" + injection, query.toString());
            assertEquals(0, run.exit(), injection + ": " + run.err());
            assertEquals(List.of("quote"), run.out().strip().lines().toList(), injection);
        }
        Run honest = ParleyCliTest.run("query", "--store", store.toString(), "--format", "csv",
                "--param", "speaker=Wang Yi", query.toString());
        assertEquals(List.of("quote", "quote in a.txt", "quote in b.txt"), honest.out().strip().lines().toList());
    }

    /**
     * A query name never leads out of the query folders. (A path with a slash is a file the user names, and reads
     * with their own rights.)
     */
    @Test
    void aQueryNameCannotTraverseOutOfTheQueries() {
        for (String name : List.of("..", "...", "..\\..\\..\\etc\\passwd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "~root")) {
            Run run = ParleyCliTest.run("query", "--store", store.toString(), name);
            assertEquals(2, run.exit(), name + ": " + run.out());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertFalse(run.err().contains("root:x:0:0") || run.out().contains("root:x:0:0"), name);
            assertTrue(run.out().isEmpty(), name);
        }
    }
}
