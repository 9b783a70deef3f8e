package org.parley.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A note in the store's directory of the URL a server of the store listens at, written while the server runs: a
 * command that finds the store locked can then point to the running server.
 */
public final class ServerNote {
    private static final String FILE = "parley-server.url";

    private ServerNote() {
    }

    /** Notes the URL; a store that cannot take the note still serves. */
    public static void write(Path store, String url) {
        try {
            Files.writeString(store.resolve(FILE), url + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Only a hint for other commands.
        }
    }

    public static void remove(Path store) {
        try {
            Files.deleteIfExists(store.resolve(FILE));
        } catch (IOException e) {
            // A stale note only misleads while the store is locked, which it is not once the server stopped.
        }
    }

    /** The URL of the server that has the store open, if one noted it. */
    public static Optional<String> read(Path store) {
        try {
            String url = Files.readString(store.resolve(FILE), StandardCharsets.UTF_8).strip();
            return url.startsWith("http://") || url.startsWith("https://") ? Optional.of(url) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
