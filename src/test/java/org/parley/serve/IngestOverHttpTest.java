package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.cli.ParleyCliTest.run;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCliTest.Run;
import org.parley.export.ExportFixture;
import org.parley.store.ParleyStore;

/**
 * {@code parley ingest --server} end to end, through the command line: refusals first (cheap, no models), then one
 * real article read and extracted locally and stored by the server.
 */
class IngestOverHttpTest {
    @TempDir
    static Path dir;

    private static final String PASSWORD = "team password 42";

    private static ParleyStore store;
    private static ParleyServer server;
    private static Path passwordFile;
    private static Path article;

    @BeforeAll
    static void start() throws Exception {
        store = ParleyStore.open(dir.resolve("store"));
        ExportFixture.fill(store);
        server = ParleyServer.start(store, ServerSettings.of(ParleyServer.DEFAULT_HOST, 0)
                .withWriter(Credentials.of(Credentials.DEFAULT_USER, PASSWORD)));
        passwordFile = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
        article = Files.writeString(dir.resolve("lavrov-wang.txt"), """
                Lavrov and Wang Yi hold talks in Beijing

                BEIJING, March 4, 2024 -- Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister \
                Wang Yi in Beijing on Monday. "Our relations are at their best," Lavrov told reporters after \
                the talks.
                """);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void aWrongPasswordOrAnAbsentServerIsOneClearLine() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong"), "not it");
        Run refused = run("ingest", "--server", server.baseUrl(), "--password-file", wrong.toString(),
                article.toString());
        assertEquals(2, refused.exit(), refused.err());
        assertTrue(refused.err().startsWith("parley ingest: ") && refused.err().contains("HTTP 401"), refused.err());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertFalse(refused.err().contains("not it"), "the password is never printed");
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        Run absent = run("ingest", "--server", "http://127.0.0.1:" + freePort, "--password-file",
                passwordFile.toString(), article.toString());
        assertEquals(2, absent.exit(), absent.err());
        assertTrue(absent.err().contains("cannot reach the Parley server"), absent.err());
        Run noPassword = run("ingest", "--server", server.baseUrl(), article.toString());
        assertEquals(2, noPassword.exit());
        assertTrue(noPassword.err().contains("needs the server's password"), noPassword.err());
        Run both = run("ingest", "--server", server.baseUrl(), "--store", dir.toString(), article.toString());
        assertEquals(2, both.exit());
    }

    @Test
    void anArticleIngestedThroughTheServerShowsUpInTheNextQuery() {
        Run ingest = run("ingest", "--server", server.baseUrl(), "--password-file", passwordFile.toString(),
                article.toString());
        assertEquals(0, ingest.exit(), ingest.out() + ingest.err());
        assertTrue(ingest.out().contains("Ingested into " + server.ingestUrl()), ingest.out());
        assertTrue(ingest.out().contains("articles    1"), ingest.out());
        assertTrue(store.locators().contains(article.toString()), store.locators().toString());
        assertFalse(store.eventsStale(), "the server rebuilt the events");
    }
}
