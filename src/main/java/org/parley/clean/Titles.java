package org.parley.clean;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Headlines: what looks like one, and the headline without a section label ("World News | ...") or a wire
 * service's tag ("(LEAD) ...", "(2nd LD) ...").
 */
final class Titles {
    private static final Pattern SECTION_LABEL = Pattern.compile("^[^|]{2,30}\\s\\|\\s+");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    /** A wire service's tag in capitals before the headline: "(LEAD)", "(URGENT)", "(2nd LD)", "(UPDATE 2)". */
    private static final Pattern WIRE_TAG = Pattern.compile(
            "^\\((?:\\d+(?:st|nd|rd|th)\\s+)?[\\p{Lu}\\d][\\p{Lu}\\d -]{1,15}\\)\\s+");
    private static final Pattern GLUED = Pattern.compile("\\p{Ll}{2}\\p{Lu}\\p{Ll}");
    private static final int MAX_WORDS = 30;
    private static final int MIN_SLUG_WORDS = 3;

    private Titles() {
    }

    /** The headline as a reader would name it: no markdown marks, no wire tag, no section label, plain spaces. */
    static String clean(String title) {
        String t = MARKDOWN_HEADING.matcher(title.replaceAll("[\\s\\u00a0]+", " ").strip()).replaceFirst("");
        t = WIRE_TAG.matcher(t).replaceFirst("");
        String unlabelled = SECTION_LABEL.matcher(t).replaceFirst("");
        return Words.count(unlabelled) >= 3 ? unlabelled.strip() : t;
    }

    /** A key under which two spellings of one headline agree: case, punctuation and section label ignored. */
    static String key(String title) {
        return String.join(" ", Words.tokens(clean(title))).toLowerCase(Locale.ROOT);
    }

    /**
     * A short line of words that does not end as a sentence or a label does, and is not a line of fields
     * ("10/20/2025 | Press release | ...") or of link texts run together ("HomeOffice of the SpokespersonPress").
     */
    static boolean headlineLike(String text, int minWords) {
        String t = clean(text);
        int words = Words.count(t);
        if (words < minWords || words > MAX_WORDS || t.endsWith(".") || t.endsWith(":") || t.endsWith(",")
                || t.contains(" | ") || GLUED.matcher(t).results().count() >= 2) {
            return false;
        }
        int first = t.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"'‘“".indexOf(first) >= 0;
    }

    /** The words of a URL's path ("/2023/04/putin-meets-li/" gives putin, meets, li); empty without a slug. */
    static List<String> slugWords(String url) {
        if (url == null) {
            return List.of();
        }
        String path = url.replaceFirst("^[a-z]+://[^/]+", "").replaceFirst("[?#].*$", "");
        List<String> words = bareWords(path.replaceAll("[-_/.+]", " ")).stream()
                .filter(w -> !w.chars().allMatch(Character::isDigit)).toList();
        return words.size() >= MIN_SLUG_WORDS ? words : List.of();
    }

    /**
     * How well a line matches a URL's slug: twice the words shared less the line's words; empty when it shares
     * fewer than {@value #MIN_SLUG_WORDS} words with the slug.
     */
    static OptionalInt slugScore(String text, List<String> slug) {
        List<String> words = bareWords(text);
        long shared = words.stream().filter(slug::contains).count();
        return shared < MIN_SLUG_WORDS ? OptionalInt.empty() : OptionalInt.of((int) (2 * shared - words.size()));
    }

    /** Lower-case words without apostrophes, so that "Rubio’s" matches a slug's "rubios". */
    private static List<String> bareWords(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replaceAll("['’]", "").split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
    }
}
