package org.parley.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Bytes that can be read from the start as often as needed: a file, a buffer, or a gzip stream over either. */
@FunctionalInterface
interface ByteSource {
    InputStream open() throws IOException;

    static ByteSource of(Path file) {
        return () -> Files.newInputStream(file);
    }

    static ByteSource of(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    default ByteSource gunzipped() {
        return () -> new GZIPInputStream(open());
    }

    /** Up to {@code max} bytes from the start. */
    default byte[] head(int max) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(max);
        }
    }

    default byte[] readAll() throws IOException {
        try (InputStream in = open()) {
            return in.readAllBytes();
        }
    }
}
