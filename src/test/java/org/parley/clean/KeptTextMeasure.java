package org.parley.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.model.Article;

/**
 * Kept-text precision and recall against the article text known to be right, weighted by characters: each
 * word counts its length, and kept and gold words are matched as bags (as in the CleanEval measures). Run
 * {@link #main} to print the figures for the seeds and the HTML test pages.
 */
final class KeptTextMeasure {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    record Score(String page, double precision, double recall) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-32s precision %.3f  recall %.3f", page, precision, recall);
        }
    }

    private KeptTextMeasure() {
    }

    static Score score(String page, Article article, List<String> goldParagraphs) {
        Map<String, Integer> kept = bag(TestPages.keptText(article));
        Map<String, Integer> gold = bag(String.join("\n", goldParagraphs));
        long common = 0;
        for (Map.Entry<String, Integer> e : kept.entrySet()) {
            common += (long) Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0)) * e.getKey().length();
        }
        return new Score(page, ratio(common, weight(kept)), ratio(common, weight(gold)));
    }

    static List<Score> all() {
        return Stream.of(scores("seeds", TestPages.SEEDS), scores("html", TestPages.HTML),
                scores("heldout", TestPages.HELD_OUT)).flatMap(List::stream).toList();
    }

    private static List<Score> scores(String dir, List<String> pages) {
        return pages.stream()
                .map(p -> score(dir + "/" + p, TestPages.article(dir + "/" + p), TestPages.goldParagraphs(dir, p)))
                .toList();
    }

    public static void main(String[] args) {
        all().forEach(System.out::println);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }

    private static long weight(Map<String, Integer> bag) {
        return bag.entrySet().stream().mapToLong(e -> (long) e.getValue() * e.getKey().length()).sum();
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 1.0 : part / (double) whole;
    }
}
