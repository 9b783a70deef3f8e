package org.parley.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level measures of a block of text: word counts, stop-word density, sentence ends, overlap. */
final class Words {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*|\\p{N}+(?:[.,]\\p{N}+)*");

    // Function words of running English prose. Headlines, menus and teasers have few; sentences have many.
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "after", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because",
            "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "during",
            "each", "for", "from", "had", "has", "have", "he", "her", "here", "him", "his", "how", "i", "if", "in",
            "into", "is", "it", "its", "more", "most", "no", "not", "of", "on", "once", "only", "or", "other", "our",
            "out", "over", "said", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them",
            "then", "there", "these", "they", "this", "those", "through", "to", "under", "until", "up", "very", "was",
            "we", "were", "what", "when", "where", "which", "while", "who", "will", "with", "would", "you", "your");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*$");
    /** A sentence's end inside a text: a lower-case word and a stop, then the next sentence's capital or quote. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile(
            "\\p{Ll}{2}[.!?][\"'”’»)\\]]*\\s+[\"'“‘«]?\\p{Lu}");

    private Words() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    static int count(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Share of the words that are English function words: high in sentences, low in headlines and menus. */
    static double stopWordRatio(String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return 0;
        }
        return tokens.stream().filter(STOP_WORDS::contains).count() / (double) tokens.size();
    }

    /** True when the text ends as a sentence does: with . ! ? or … , possibly followed by closing quotes. */
    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text.strip()).find();
    }

    /** True when a sentence ends inside the text and another follows it: "... Cyril Ramaphosa. Government ...". */
    static boolean hasInnerSentenceEnd(String text) {
        return INNER_SENTENCE_END.matcher(text).find();
    }

    /** True when the text is only white space, non-breaking spaces included. */
    static boolean isBlank(String text) {
        return text.codePoints().allMatch(Words::isSpace);
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The text's word trigrams, for {@link #containment}. */
    static Set<String> trigrams(String text) {
        List<String> tokens = tokens(text);
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            grams.add(tokens.get(i) + ' ' + tokens.get(i + 1) + ' ' + tokens.get(i + 2));
        }
        return grams;
    }

    /**
     * The share of {@code part}'s trigrams that also occur in {@code whole}: near 1 when a summary or teaser
     * repeats a sentence of a paragraph.
     */
    static double containment(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        return part.stream().filter(whole::contains).count() / (double) part.size();
    }
}
