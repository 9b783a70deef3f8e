package org.parley.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;
import org.parley.model.Span;

/**
 * Text as every later stage reads it, with the way back to the original characters:
 * <ul>
 * <li>mojibake repaired where it is certain: a run of Windows-1252 characters that is exactly the UTF-8 encoding of
 *     one character ("â€™" for "’", "Ã©" for "é") becomes that character;</li>
 * <li>Unicode NFKC (full-width letters, ligatures, compatibility spaces);</li>
 * <li>odd spaces (no-break, thin, figure, ideographic) as plain spaces; zero-width characters, byte-order marks and
 *     soft hyphens removed; line and paragraph separators as line breaks;</li>
 * <li>a Cyrillic or Greek letter inside a word written in Latin letters ("Sergeн") replaced by the Latin letter it
 *     looks like, or, for a Cyrillic letter that looks like none, the Latin letter of the same key on a keyboard
 *     (the usual cause: a layout switched mid-word).</li>
 * </ul>
 * Each character of the result knows the range of original characters it came from, so that evidence found in the
 * normalised text points at the page's own characters.
 */
public final class TextNormaliser {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Letters of other scripts that look like a Latin letter. */
    private static final Map<Character, Character> LOOKALIKES = lookalikes();
    /** The Latin letter on the same key of a Russian (ЙЦУКЕН) and an English (QWERTY) keyboard. */
    private static final String CYRILLIC_KEYS = "йцукенгшщзфывапролдячсмить";
    private static final String LATIN_KEYS = "qwertyuiopasdfghjklzxcvbnm";

    /**
     * A normalised text.
     *
     * @param text   the normalised text
     * @param starts for each character of {@code text}, where the original characters it came from start
     * @param ends   for each character of {@code text}, where they end
     */
    public record Normalised(String text, int[] starts, int[] ends) {
        /** The original characters that the characters [from, to) of the normalised text came from. */
        public Span toOriginal(int from, int to) {
            if (from >= to) {
                int at = from < starts.length ? starts[from] : ends.length == 0 ? 0 : ends[ends.length - 1];
                return new Span(at, at);
            }
            return new Span(starts[from], ends[to - 1]);
        }
    }

    private TextNormaliser() {
    }

    public static Normalised normalise(String original) {
        if (isPlainAscii(original)) {
            int[] starts = new int[original.length()];
            int[] ends = new int[original.length()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = i;
                ends[i] = i + 1;
            }
            return new Normalised(original, starts, ends);
        }
        Builder out = new Builder(original.length());
        int i = 0;
        while (i < original.length()) {
            int repaired = mojibakeLength(original, i);
            int end = repaired > 0 ? i + repaired : unitEnd(original, i);
            String unit = repaired > 0 ? decodeMojibake(original.substring(i, end)) : original.substring(i, end);
            out.append(clean(unit), i, end);
            i = end;
        }
        char[] text = out.text.toString().toCharArray();
        replaceConfusables(text);
        return new Normalised(new String(text), Arrays.copyOf(out.starts, out.size), Arrays.copyOf(out.ends, out.size));
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** A code point and the combining marks after it: what NFKC may change together. */
    private static int unitEnd(String s, int i) {
        int end = i + Character.charCount(s.codePointAt(i));
        while (end < s.length()) {
            int type = Character.getType(s.codePointAt(end));
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                break;
            }
            end += Character.charCount(s.codePointAt(end));
        }
        return end;
    }

    /** The unit as the rest of Parley reads it: NFKC, odd spaces as spaces, invisible characters gone. */
    private static String clean(String unit) {
        int cp = unit.codePointAt(0);
        if (cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF) {
            return unit.length() == Character.charCount(cp) ? "" : unit.substring(Character.charCount(cp));
        }
        if (cp == 0x2028 || cp == 0x2029) {
            return "\n";
        }
        if (Character.getType(cp) == Character.SPACE_SEPARATOR) {
            return " ";
        }
        return Normalizer.isNormalized(unit, Normalizer.Form.NFKC) ? unit : Normalizer.normalize(unit, Normalizer.Form.NFKC);
    }

    /**
     * How many characters from i are certainly mojibake: Windows-1252 characters whose bytes are exactly one UTF-8
     * multi-byte character. 0 when they are not.
     */
    private static int mojibakeLength(String s, int i) {
        char lead = s.charAt(i);
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > s.length()) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            int b = byteOf(s.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return decodeMojibake(s.substring(i, i + length)) == null ? 0 : length;
    }

    /** The character whose UTF-8 bytes the Windows-1252 characters are, or null. */
    private static String decodeMojibake(String chars) {
        byte[] bytes = new byte[chars.length()];
        for (int k = 0; k < chars.length(); k++) {
            int b = byteOf(chars.charAt(k));
            if (b < 0) {
                return null;
            }
            bytes[k] = (byte) b;
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return decoded.codePointCount(0, decoded.length()) == 1 ? decoded : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The byte a character stands for in Windows-1252 (C1 controls as themselves, as lenient decoders leave them). */
    private static int byteOf(char c) {
        if (c < 0x100 && (c < 0x80 || c > 0x9F || c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D)) {
            return c;
        }
        CharsetEncoder encoder = WINDOWS_1252.newEncoder();
        if (!encoder.canEncode(c)) {
            return c >= 0x80 && c <= 0x9F ? c : -1;
        }
        try {
            return encoder.encode(java.nio.CharBuffer.wrap(new char[] {c})).get() & 0xFF;
        } catch (CharacterCodingException e) {
            return -1;
        }
    }

    /** Foreign letters inside a word of mostly Latin letters, replaced in place (one character for one). */
    private static void replaceConfusables(char[] text) {
        int i = 0;
        while (i < text.length) {
            if (!Character.isLetter(text[i])) {
                i++;
                continue;
            }
            int end = i;
            int latin = 0;
            int foreign = 0;
            while (end < text.length && Character.isLetter(text[end])) {
                Character.UnicodeScript script = Character.UnicodeScript.of(text[end]);
                latin += script == Character.UnicodeScript.LATIN ? 1 : 0;
                foreign += script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK ? 1 : 0;
                end++;
            }
            if (foreign > 0 && latin >= 2 && latin > foreign) {
                for (int k = i; k < end; k++) {
                    text[k] = latinFor(text[k]);
                }
            }
            i = end;
        }
    }

    private static char latinFor(char c) {
        Character look = LOOKALIKES.get(c);
        if (look != null) {
            return look;
        }
        int key = CYRILLIC_KEYS.indexOf(Character.toLowerCase(c));
        if (key < 0) {
            return c;
        }
        char latin = LATIN_KEYS.charAt(key);
        return Character.isUpperCase(c) ? Character.toUpperCase(latin) : latin;
    }

    private static Map<Character, Character> lookalikes() {
        String from = "аеорсухіјѕԁӏһԛԝүАВЕКМНОРСТХІЈЅҮΑΒΕΖΗΙΚΜΝΟΡΤΥΧοναρυ";
        String to = "aeopcyxijsdlhqwyABEKMHOPCTXIJSYABEZHIKMNOPTYXovapu";
        java.util.HashMap<Character, Character> map = new java.util.HashMap<>();
        for (int k = 0; k < from.length(); k++) {
            map.put(from.charAt(k), to.charAt(k));
        }
        return Map.copyOf(map);
    }

    /** The normalised text under construction, with each character's original range. */
    private static final class Builder {
        final StringBuilder text;
        int[] starts;
        int[] ends;
        int size;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            starts = new int[capacity + 16];
            ends = new int[capacity + 16];
        }

        void append(String chars, int from, int to) {
            for (int k = 0; k < chars.length(); k++) {
                if (size == starts.length) {
                    starts = Arrays.copyOf(starts, size * 2);
                    ends = Arrays.copyOf(ends, size * 2);
                }
                text.append(chars.charAt(k));
                starts[size] = from;
                ends[size] = to;
                size++;
            }
        }
    }
}
