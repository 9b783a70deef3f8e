package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.cli.ParleyCliTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCliTest.Run;

/** parley export as a user runs it. */
class ExportCommandTest {
    @TempDir
    static Path dir;

    private static Path store;

    @BeforeAll
    static void createStore() {
        store = dir.resolve("store");
        ExportFixture.create(store);
    }

    @Test
    void writesTheFilteredExportToAFile() throws Exception {
        Path output = dir.resolve("contacts.nq");
        Run run = run("export", "--store", store.toString(), "--format", "nquads", "--countries", "rus,chn",
                "--from", "2024-05", "--output", output.toString());
        assertEquals(0, run.exit(), run.err());
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.source(output).lang(Lang.NQUADS).parse(parsed);
        assertEquals(3, parsed.size(), "the events graph and the two articles");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary left");
        }
    }

    @Test
    void csvWithAnOutputFileWritesTheNodeTableBesideTheEdges() throws Exception {
        Path edges = dir.resolve("network.csv");
        Run run = run("export", "--store", store.toString(), "--format", "CSV", "--output", edges.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(edges).startsWith("source,target,"));
        assertTrue(Files.readString(dir.resolve("network.nodes.csv")).startsWith("id,label,type,country,wikidata\r\n"));
        Run nodes = run("export", "--store", store.toString(), "--format", "csv-nodes");
        assertEquals(0, nodes.exit(), nodes.err());
    }

    @Test
    void badFiltersAreOneLineErrors() {
        Run unknown = run("export", "--store", store.toString(), "--format", "gexf", "--countries", "XYZ",
                "--output", dir.resolve("never.gexf").toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("parley export: unknown country code XYZ"), unknown.err());
        assertFalse(Files.exists(dir.resolve("never.gexf")), "no file for a failed export");
        Run badDate = run("export", "--store", store.toString(), "--format", "csv", "--from", "16/05/2024");
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("--from 16/05/2024: not a date"), badDate.err());
        assertEquals(2, run("export", "--store", store.toString(), "--format", "pdf").exit());
        assertEquals(2, run("export", "--store", dir.resolve("missing").toString(), "--format", "csv").exit());
    }
}
