package org.parley.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream as bytes, each held only up to a limit: a longer line is read to its end without being
 * kept, and said to be too long, so that one enormous line costs no memory.
 */
final class BoundedLines {
    /** A line without its line break; {@code bytes} is null when the line was longer than the limit. */
    record Line(int number, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long max;
    private int number;

    BoundedLines(InputStream in, long max) {
        this.in = new BufferedInputStream(in);
        this.max = max;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (++length <= max) {
                line.write(b);
            }
        }
        if (b < 0 && length == 0) {
            return null;
        }
        number++;
        if (length > max) {
            return new Line(number, null);
        }
        byte[] bytes = line.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new Line(number, end == bytes.length ? bytes : Arrays.copyOf(bytes, end));
    }

    /** The number of the last line read (0 before the first). */
    int lineNumber() {
        return number;
    }
}
