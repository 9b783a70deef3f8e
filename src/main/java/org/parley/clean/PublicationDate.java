package org.parley.clean;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.model.DateCandidate;
import org.parley.model.DateEvidence;
import org.parley.model.PartialDate;
import org.parley.model.Span;

/**
 * The publication date as a decision among candidates. Every place a page may state its date gives a clue (the
 * container's field, front matter, JSON-LD and meta tags, a {@code <time>} in the article, a stamp in the page's
 * head, the title, the dateline, the URL, a WARC's crawl date), each weighed by how far that kind of evidence is
 * trusted, by its label (a publication over an update) and by where it stands (before the body over after it).
 * Clues that give the same date support each other. The best-supported date wins, unless a date more than a day
 * away is nearly as well supported: then the page's date is unknown, not guessed.
 */
final class PublicationDate {
    /** How much better the winner must be than a date more than a day away from it. */
    static final double DECISIVE = 0.15;
    /** What each further kind of evidence for the same date adds. */
    private static final double AGREEMENT = 0.05;
    private static final double LABELLED_PUBLISHED = 0.1;
    private static final double LABELLED_UPDATED = -0.15;
    private static final double AFTER_BODY = -0.15;
    private static final double CEILING = 0.99;

    /** The kinds of evidence, with how far each is trusted. */
    enum Source {
        SUPPLIED("supplied", 0.95),
        FRONT_MATTER("front-matter", 0.95),
        JSON_LD("json-ld", 0.9),
        META("meta", 0.9),
        TIME_ELEMENT("time-element", 0.8),
        STAMP("stamp", 0.75),
        DATELINE("dateline", 0.75),
        TITLE("title", 0.7),
        URL("url", 0.7),
        CRAWL("warc crawl date (last resort)", 0.2);

        final String method;
        final double weight;

        Source(String method, double weight) {
            this.method = method;
            this.weight = weight;
        }
    }

    enum Label { PUBLISHED, UPDATED }

    /**
     * One clue: a date, or the reason a date-like text is no evidence.
     *
     * @param weight   the clue's weight, its source's adjusted by label and position
     * @param rejected why it is no evidence, or null
     */
    record Clue(PartialDate date, Source source, Label label, String evidence, Span span, double weight,
                String rejected, String note) {
        static Clue of(PartialDate date, Source source, Label label, String evidence, Span span, boolean afterBody,
                       String note) {
            double w = source.weight + (label == Label.PUBLISHED ? LABELLED_PUBLISHED : 0)
                    + (label == Label.UPDATED ? LABELLED_UPDATED : 0) + (afterBody ? AFTER_BODY : 0);
            return new Clue(date, source, label, evidence, span, Math.min(w, CEILING - AGREEMENT), null, note);
        }

        static Clue rejected(Source source, String evidence, Span span, String why) {
            return new Clue(null, source, null, evidence, span, 0, why, null);
        }

        boolean usable() {
            return date != null && rejected == null;
        }

        /** The kind of evidence, as recorded; a container's date keeps the container's name ("jsonl"). */
        String method() {
            if (source == Source.SUPPLIED && note != null) {
                return note;
            }
            return note == null ? source.method : source.method + ", " + note;
        }
    }

    /** The date chosen (null when unknown) and every candidate with its verdict. */
    record Decision(DateEvidence chosen, List<DateCandidate> candidates) {
    }

    private PublicationDate() {
    }

    static Decision decide(List<Clue> clues) {
        List<Clue> usable = clues.stream().filter(Clue::usable).toList();
        boolean published = usable.stream().anyMatch(c -> c.label() != Label.UPDATED);
        List<Clue> pool = usable.stream().filter(c -> !published || c.label() != Label.UPDATED).toList();
        Map<PartialDate, List<Clue>> groups = new LinkedHashMap<>();
        pool.forEach(c -> groups.computeIfAbsent(c.date(), d -> new ArrayList<>()).add(c));
        PartialDate best = groups.keySet().stream().max(Comparator.comparingDouble(d -> support(groups.get(d))))
                .orElse(null);
        PartialDate rival = best == null ? null : groups.keySet().stream().filter(d -> farApart(d, best))
                .max(Comparator.comparingDouble(d -> support(groups.get(d)))).orElse(null);
        boolean undecided = rival != null && support(groups.get(best)) - support(groups.get(rival)) < DECISIVE;

        DateEvidence chosen = null;
        Clue winner = null;
        if (best != null && !undecided) {
            // Of the clues for the chosen date, the most trusted kind speaks for it (machine-readable over visible).
            winner = groups.get(best).stream().max(Comparator.comparingDouble((Clue c) -> c.source().weight)
                    .thenComparingDouble(Clue::weight)).orElseThrow();
            chosen = new DateEvidence(best, winner.method(), winner.evidence(), winner.span(),
                    round(support(groups.get(best))));
        }
        List<DateCandidate> candidates = new ArrayList<>();
        for (Clue c : clues) {
            String verdict;
            if (!c.usable()) {
                verdict = "rejected: " + c.rejected();
            } else if (!pool.contains(c)) {
                verdict = "lost: the date of an update, and the page gives its publication date";
            } else if (undecided) {
                PartialDate other = c.date().equals(best) ? rival : best;
                verdict = String.format(Locale.ROOT, "undecided: disagrees by more than a day with %s (support %.2f against"
                        + " %.2f), and neither is decisive", other, support(groups.get(c.date())), support(groups.get(other)));
            } else if (c == winner) {
                int others = groups.get(best).size() - 1;
                verdict = "chosen: the best-supported date" + (others > 0 ? ", with " + others + " more candidate"
                        + (others > 1 ? "s" : "") + " agreeing" : "");
            } else if (c.date().equals(best)) {
                verdict = "agrees with the chosen date";
            } else if (!farApart(c.date(), best)) {
                verdict = "lost: within a day of the chosen date (another time zone or the next edition), less support";
            } else {
                verdict = String.format(Locale.ROOT, "lost: outweighed by %s (support %.2f against %.2f)", best,
                        support(groups.get(best)), support(groups.get(c.date())));
            }
            candidates.add(new DateCandidate(c.date(), c.method(), c.label() == null ? null
                    : c.label().name().toLowerCase(Locale.ROOT), c.evidence(), c.span(), round(c.weight()), verdict));
        }
        return new Decision(chosen, candidates);
    }

    /** A date's support: its best clue's weight, and a little more for each further kind of evidence agreeing. */
    private static double support(List<Clue> group) {
        double top = group.stream().mapToDouble(Clue::weight).max().orElse(0);
        long kinds = group.stream().map(Clue::source).distinct().count();
        return Math.min(CEILING, top + AGREEMENT * (kinds - 1));
    }

    /** More than a day between the periods two dates cover. */
    static boolean farApart(PartialDate a, PartialDate b) {
        long gap = Math.max(ChronoUnit.DAYS.between(a.end(), b.start()), ChronoUnit.DAYS.between(b.end(), a.start()));
        return gap > 1;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
