package org.parley.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text: a byte-order mark or a declared charset where there is one, else UTF-8 when the bytes are
 * valid UTF-8, else the charset an HTML page declares in its head, else Windows-1252 (which decodes any byte).
 * Also tells binary data from text.
 */
final class TextDecoding {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 4096;

    private TextDecoding() {
    }

    /** @param declared the charset the container declares (an HTTP header), or null */
    static String decode(byte[] bytes, String declared) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset charset = charset(declared);
        if (charset != null) {
            return new String(bytes, charset);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            Charset meta = m.find() ? charset(m.group(1)) : null;
            return new String(bytes, meta != null && !meta.equals(StandardCharsets.UTF_8) ? meta : WINDOWS_1252);
        }
    }

    /**
     * Why the bytes are not text ("a PDF document", "binary data (NUL bytes)"), or null when they are text.
     * Only the first bytes are looked at.
     */
    static String binaryKind(byte[] head) {
        if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
            return null; // UTF-16 text has NUL bytes
        }
        String magic = magicKind(head);
        if (magic != null) {
            return magic;
        }
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return "binary data (NUL bytes)";
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return control > head.length / 20 ? "binary data (control characters)" : null;
    }

    private static String magicKind(byte[] head) {
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(head, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return "a ZIP archive (or an Office document)";
        }
        if (startsWith(head, 0x7F, 'E', 'L', 'F')) {
            return "an executable";
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old-style Office document";
        }
        if (startsWith(head, 'B', 'Z', 'h') || startsWith(head, 0xFD, '7', 'z', 'X', 'Z')
                || startsWith(head, 0x28, 0xB5, 0x2F, 0xFD)) {
            return "a compressed file (bzip2, xz or zstd; only gzip is read)";
        }
        return null;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(bytes, prefix.length), toBytes(prefix));
    }

    private static byte[] toBytes(int[] values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static Charset charset(String name) {
        try {
            return name == null || name.isBlank() ? null : Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
