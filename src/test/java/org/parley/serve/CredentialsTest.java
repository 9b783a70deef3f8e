package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
    @TempDir
    Path dir;

    @Test
    void theFileComesBeforeTheEnvironmentVariable() throws Exception {
        Path file = Files.writeString(dir.resolve("password"), "from-file\n");
        Map<String, String> environment = Map.of(Credentials.PASSWORD_VARIABLE, "from-variable",
                Credentials.PASSWORD_FILE_VARIABLE, file.toString());
        Credentials fromOption = Credentials.configured("parley", file, Map.of()).orElseThrow();
        assertTrue(fromOption.accepts(basic("parley", "from-file")), "the trailing newline is not the password");
        assertTrue(Credentials.configured("parley", null, environment).orElseThrow()
                .accepts(basic("parley", "from-file")), "$PARLEY_PASSWORD_FILE before $PARLEY_PASSWORD");
        assertTrue(Credentials.configured("parley", null, Map.of(Credentials.PASSWORD_VARIABLE, "from-variable"))
                .orElseThrow().accepts(basic("parley", "from-variable")));
        assertEquals(Optional.empty(), Credentials.configured("parley", null, Map.of()));
    }

    @Test
    void onlyTheRightUserAndPasswordAreAccepted() {
        Credentials credentials = Credentials.of("team", "pa:ss wörd");
        assertTrue(credentials.accepts(credentials.authorization()));
        assertTrue(credentials.accepts(basic("team", "pa:ss wörd")), "a colon in the password is fine");
        assertFalse(credentials.accepts(basic("team", "pa:ss word")));
        assertFalse(credentials.accepts(basic("other", "pa:ss wörd")));
        assertFalse(credentials.accepts(null));
        assertFalse(credentials.accepts("Basic not-base64!"));
        assertFalse(credentials.accepts("Digest " + credentials.authorization().substring(6)));
    }

    @Test
    void thePasswordAppearsInNoMessage() throws Exception {
        Credentials credentials = Credentials.of("parley", "s3cret");
        assertFalse(credentials.toString().contains("s3cret"));
        assertFalse(ServerSettings.of("127.0.0.1", 0).withWriter(credentials).toString().contains("s3cret"));
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        IllegalArgumentException emptyFile = assertThrows(IllegalArgumentException.class,
                () -> Credentials.configured("parley", empty, Map.of()));
        assertTrue(emptyFile.getMessage().contains("is empty"), emptyFile.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Credentials.configured("parley", dir.resolve("missing"), Map.of()));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Credentials.of("a:b", "x"));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }
}
