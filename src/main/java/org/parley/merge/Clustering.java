package org.parley.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.parley.merge.ContactReportRecord.Dating;
import org.parley.model.PartialDate;

/**
 * Clusters reports into events. The result depends only on the set of reports: they are taken in an order fixed by
 * their content (the best dated first), and each decision looks only at clusters whose anchor shares a blocking key
 * with the report, so clustering the reports connected by keys apart gives the same clusters as clustering all.
 * <ul>
 *   <li>A report dated to the day joins the first cluster of that day (for a visit, of the days around it) that
 *   fits it.</li>
 *   <li>A report dated to the month or year joins the one day-dated cluster within its period that fits; with none it
 *   joins a report of the same period, and with two or more it joins none.</li>
 *   <li>A report dated only by its article's publication date joins a cluster of that day, else the one of the day
 *   before (a readout published the next morning).</li>
 *   <li>An undated report joins the one dated cluster within a window before its article's publication that fits;
 *   with none it joins an undated report published about then, and with two or more it joins none. When its
 *   article is undated too, the window is all time.</li>
 * </ul>
 */
final class Clustering {
    private static final Comparator<ContactReportRecord> ORDER = Comparator
            .comparing(ContactReportRecord::dating)
            .thenComparing(r -> r.date() == null ? r.published() : r.date(),
                    Comparator.nullsLast(Comparator.comparing((PartialDate d) -> d.precision())
                            .reversed().thenComparing(Comparator.naturalOrder())))
            .thenComparing(r -> r.participants().size())
            .thenComparing(r -> String.join(" ", r.participants()))
            .thenComparing(ContactReportRecord::iri);

    private final PlaceHierarchy places;
    private final List<EventCluster> clusters = new ArrayList<>();
    private final Map<String, List<Integer>> byKey = new HashMap<>();

    private Clustering(PlaceHierarchy places) {
        this.places = places;
    }

    static List<EventCluster> cluster(Collection<ContactReportRecord> reports, PlaceHierarchy places) {
        Clustering clustering = new Clustering(places);
        reports.stream().sorted(ORDER).forEach(clustering::add);
        return clustering.clusters;
    }

    private void add(ContactReportRecord report) {
        Set<String> keys = Blocking.keys(report);
        List<EventCluster> candidates = candidates(keys, report);
        EventCluster home = switch (report.dating()) {
            case DAY -> first(candidates, c -> c.anchor.dating() == Dating.DAY && c.covers(report.date().start()));
            case COARSE -> coarse(report, candidates);
            case PUBLICATION -> published(report, candidates);
            case NONE -> undated(report, candidates);
        };
        if (home != null) {
            home.reports.add(report);
            return;
        }
        int index = clusters.size();
        clusters.add(new EventCluster(report));
        keys.forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(index));
        Blocking.anyTimeKeys(report).forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(index));
    }

    /** The clusters whose anchor shares a key with the report and that fit it, dates aside, in creation order. */
    private List<EventCluster> candidates(Set<String> keys, ContactReportRecord report) {
        TreeMap<Integer, EventCluster> found = new TreeMap<>();
        for (String key : keys) {
            for (int index : byKey.getOrDefault(key, List.of())) {
                found.computeIfAbsent(index, clusters::get);
            }
        }
        return found.values().stream().filter(c -> c.fits(report, places)).toList();
    }

    private EventCluster coarse(ContactReportRecord report, List<EventCluster> candidates) {
        List<EventCluster> days = candidates.stream()
                .filter(c -> c.anchor.dating() == Dating.DAY && report.date().compatibleWith(c.anchor.date())).toList();
        if (days.size() > 1) {
            return null;
        }
        return days.size() == 1 ? days.get(0)
                : first(candidates, c -> c.anchor.dating() == Dating.COARSE && c.anchor.date().equals(report.date()));
    }

    private EventCluster published(ContactReportRecord report, List<EventCluster> candidates) {
        LocalDate day = report.date().start();
        // A publication date is too loose a date to stretch a visit over several days: the day itself, or the day before.
        EventCluster sameDay = first(candidates, c -> c.dated(day));
        if (sameDay != null) {
            return sameDay;
        }
        return only(candidates, c -> c.anchor.dating() == Dating.DAY && c.dated(day.minusDays(1)));
    }

    private EventCluster undated(ContactReportRecord report, List<EventCluster> candidates) {
        LocalDate published = report.publishedDay();
        if (published == null) {
            List<EventCluster> dated = candidates.stream().filter(c -> c.anchor.dating() != Dating.NONE).limit(2).toList();
            if (dated.size() > 1) {
                return null;
            }
            return dated.size() == 1 ? dated.get(0)
                    : first(candidates, c -> Blocking.undatedArticle(c.anchor));
        }
        LocalDate from = published.minusDays(Blocking.UNDATED_WINDOW_DAYS);
        List<EventCluster> dated = candidates.stream()
                .filter(c -> c.anchor.dating() != Dating.NONE && c.meets(from, published)).toList();
        if (dated.size() > 1) {
            return null;
        }
        return dated.size() == 1 ? dated.get(0) : first(candidates, c -> c.anchor.dating() == Dating.NONE
                && c.anchor.publishedDay() != null && !c.anchor.publishedDay().isBefore(from)
                && !c.anchor.publishedDay().isAfter(published.plusDays(Blocking.UNDATED_WINDOW_DAYS)));
    }

    private static EventCluster first(List<EventCluster> candidates, Predicate<EventCluster> test) {
        return candidates.stream().filter(test).findFirst().orElse(null);
    }

    private static EventCluster only(List<EventCluster> candidates, Predicate<EventCluster> test) {
        List<EventCluster> found = candidates.stream().filter(test).limit(2).toList();
        return found.size() == 1 ? found.get(0) : null;
    }
}
