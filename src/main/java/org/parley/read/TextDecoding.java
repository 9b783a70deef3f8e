package org.parley.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
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

    /**
     * @param declared the charset the container declares (an HTTP header), or null
     * @throws UnreadableInputException for UTF-8 with broken byte sequences: text that is mostly valid UTF-8 (or says
     *                                  it is) but not all of it is damaged, and decoding it as anything else would
     *                                  garble every character that is right
     */
    static String decode(byte[] bytes, String declared) throws UnreadableInputException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictUtf8(bytes, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset charset = charset(declared);
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, charset);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset meta = m.find() ? charset(m.group(1)) : null;
        Utf8Check check = Utf8Check.of(bytes);
        if (check.firstError() < 0) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        // Text in a legacy 8-bit charset holds no well-formed multi-byte sequence but by a rare chance: one that holds
        // some is UTF-8, and its broken sequences are damage.
        boolean saysUtf8 = charset != null || StandardCharsets.UTF_8.equals(meta);
        if (saysUtf8 || check.validSequences() > 0) {
            throw damaged(bytes, check);
        }
        // Legacy single-byte text: the charset the page declares, else Windows-1252 (which decodes any byte).
        return new String(bytes, meta != null && !meta.equals(StandardCharsets.UTF_8) ? meta : WINDOWS_1252);
    }

    /** UTF-8 from an offset, every byte sequence valid. */
    static String strictUtf8(byte[] bytes, int from) throws UnreadableInputException {
        Utf8Check check = Utf8Check.of(bytes);
        if (check.firstError() >= from) {
            throw damaged(bytes, check);
        }
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }

    private static UnreadableInputException damaged(byte[] bytes, Utf8Check check) {
        int line = 1;
        for (int i = 0; i < check.firstError(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return new UnreadableInputException(String.format(Locale.ROOT, "not valid UTF-8: %d broken byte "
                + "sequence%s, the first at byte offset %d (line %d); save it as UTF-8 again", check.errors(),
                check.errors() == 1 ? "" : "s", check.firstError(), line));
    }

    /**
     * What a strict UTF-8 decoder finds: the valid multi-byte sequences (the sign of UTF-8 text), the broken ones,
     * and where the first broken one starts (-1 if none).
     */
    record Utf8Check(int validSequences, int errors, int firstError) {
        static Utf8Check of(byte[] bytes) {
            int valid = 0;
            int errors = 0;
            int first = -1;
            for (int i = 0; i < bytes.length; ) {
                int length = sequenceLength(bytes, i);
                if (length > 1) {
                    valid++;
                } else if (length < 0) {
                    errors++;
                    first = first < 0 ? i : first;
                }
                i += Math.abs(length);
            }
            return new Utf8Check(valid, errors, first);
        }

        /**
         * The length of the valid sequence at i; when it is broken, minus the length of the broken sequence (the lead
         * byte and the continuation bytes that follow it, one sequence however short it falls).
         */
        private static int sequenceLength(byte[] bytes, int i) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                return 1;
            }
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0) {
                return -1;
            }
            // The ranges of the second byte that rule out overlong forms, surrogates and code points past U+10FFFF.
            int low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
            int high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
            int k = 1;
            while (k < length && i + k < bytes.length && (bytes[i + k] & 0xC0) == 0x80
                    && (k > 1 || (bytes[i + 1] & 0xFF) >= low && (bytes[i + 1] & 0xFF) <= high)) {
                k++;
            }
            return k == length ? length : -k;
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
