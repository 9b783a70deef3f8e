package org.parley.link;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding of names for comparison: accents, apostrophe and hyphen variants, case. */
final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");

    private Names() {
    }

    /**
     * Accents and look-alike punctuation folded, case kept: "Erdoğan" → "Erdogan", "People’s" → "People's".
     * ASCII input is returned as it is, without copying, since scanning folds every word of every article.
     */
    static String fold(String text) {
        if (isAscii(text)) {
            return text;
        }
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) {
                // Letters that carry no combining mark in Unicode and so survive NFD.
                case 'ı' -> folded.append('i');
                case 'ø' -> folded.append('o');
                case 'Ø' -> folded.append('O');
                case 'ł' -> folded.append('l');
                case 'Ł' -> folded.append('L');
                case 'đ' -> folded.append('d');
                case 'Đ' -> folded.append('D');
                case 'ß' -> folded.append("ss");
                case 'æ' -> folded.append("ae");
                case 'Æ' -> folded.append("AE");
                case '\u2019', '\u2018', '\u02BC', '\u02BB', '`', '\u00B4' -> folded.append('\'');
                case '\u2010', '\u2011' -> folded.append('-');
                case '\u00A0' -> folded.append(' ');
                default -> folded.append(c);
            }
        }
        return folded.toString();
    }

    /**
     * The key names are looked up by: folded, lower case, periods dropped, hyphens as spaces, spaces collapsed,
     * a leading "the" dropped. "The U.S." and "us" share a key, as do "Kim Jong-un" and "Kim Jong Un".
     */
    static String key(String name) {
        String folded = fold(name).toLowerCase(Locale.ROOT).replace(".", "").replace('-', ' ');
        String collapsed = SPACES.matcher(folded.trim()).replaceAll(" ");
        return LEADING_THE.matcher(collapsed).replaceFirst("");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
