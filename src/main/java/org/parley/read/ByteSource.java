package org.parley.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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

    /**
     * Up to {@code max} bytes from the start, or as many as could be read before the data broke off (a truncated
     * gzip file still shows what it holds).
     *
     * @throws IOException when not one byte can be read
     */
    default byte[] head(int max) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try (InputStream in = open()) {
            byte[] buffer = new byte[Math.min(max, 8192)];
            for (int n; head.size() < max && (n = in.read(buffer, 0, Math.min(buffer.length, max - head.size()))) > 0; ) {
                head.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (head.size() == 0) {
                throw e;
            }
        }
        return head.toByteArray();
    }

    /**
     * All the bytes, as long as there are at most {@code limit}; more is refused without reading them all (a gzip
     * bomb included).
     */
    default byte[] readAll(InputLimits limits, String what) throws IOException, UnreadableInputException {
        try (InputStream in = open()) {
            return limits.read(in, what);
        }
    }
}
