package org.parley.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.parley.merge.ContactReportRecord.Dating;

/**
 * Clusters reports into events. The result depends only on the set of reports: they are taken in an order fixed by
 * their content (the best dated first), and each decision looks only at clusters whose anchor shares a blocking key
 * with the report, so clustering the reports connected by keys apart gives the same clusters as clustering all.
 * <p>
 * Exact agreement on participants beats a fit of one set inside the other. Two leaders may talk alone and, the same
 * day, with a third: the reports naming all three are of the three-way contact, and those naming the two of the
 * two-way one, even where some article names both. So the reports alike in dating, date and participants are taken
 * together, those naming more people first (so that reports naming fewer find formed every event of their date they
 * could join), in two steps:
 * <ol>
 *   <li>each joins the cluster the rules below give among those of exactly its participants (a cluster's
 *   participants are all its reports name), the clusters its like formed just before included;</li>
 *   <li>a cluster only they formed then joins the one cluster the rules give among all that fit every report of it,
 *   when there is exactly one: articles naming two of three participants join the three-way contact, and a fuller
 *   report (alone: several agreeing on more people are a contact of their own) the contact others report more
 *   briefly. With two or more that fit it is not known which, and it joins none.</li>
 * </ol>
 * Two-way talks beside a three-way meeting of the same day are thus known apart only where something shows them
 * apart: an article reporting both (an article reports each contact once), or places that differ. Then a report
 * naming the two joins the two-way talks, which it agrees with exactly; the three-way meeting would have named the
 * third.
 * <p>
 * The rules, where "first" is the first in creation order in step 1 and the only one in step 2:
 * <ul>
 *   <li>A report dated to the day joins the first cluster of that day (for a visit, of the days around it) that
 *   fits it.</li>
 *   <li>A report dated to the month or year joins the one day-dated cluster within its period that fits; with none it
 *   joins the first of the same period, and with two or more it joins none.</li>
 *   <li>A report dated only by its article's publication date joins the first cluster of that day, else the one of
 *   the day before (a readout published the next morning).</li>
 *   <li>An undated report joins the one dated cluster within a window before its article's publication that fits;
 *   with none it joins the first undated one published about then, and with two or more it joins none. When its
 *   article is undated too, the window is all time.</li>
 * </ul>
 */
final class Clustering {
    /** Reports taken together: alike in dating, date and participants, those naming more people first. */
    private static final Comparator<ContactReportRecord> ALIKE = ContactReportRecord.BETTER_DATED
            .thenComparing(r -> r.participants().size(), Comparator.reverseOrder())
            .thenComparing(r -> String.join(" ", r.participants()));
    private static final Comparator<ContactReportRecord> ORDER = ALIKE.thenComparing(ContactReportRecord::iri);

    /** How a rule picks among the clusters that pass it: the first in step 1, the only one in step 2. */
    private interface Pick {
        EventCluster from(List<EventCluster> candidates, Predicate<EventCluster> test);
    }

    private final PlaceHierarchy places;
    private final List<EventCluster> clusters = new ArrayList<>();
    private final Map<String, List<Integer>> byKey = new HashMap<>();

    private Clustering(PlaceHierarchy places) {
        this.places = places;
    }

    static List<EventCluster> cluster(Collection<ContactReportRecord> reports, PlaceHierarchy places) {
        Clustering clustering = new Clustering(places);
        List<ContactReportRecord> sorted = reports.stream().sorted(ORDER).toList();
        for (int from = 0, to; from < sorted.size(); from = to) {
            to = from + 1;
            while (to < sorted.size() && ALIKE.compare(sorted.get(from), sorted.get(to)) == 0) {
                to++;
            }
            clustering.addAlike(sorted.subList(from, to));
        }
        return clustering.clusters;
    }

    private void addAlike(List<ContactReportRecord> alike) {
        List<EventCluster> formed = new ArrayList<>();
        for (ContactReportRecord report : alike) {
            List<EventCluster> exact = new ArrayList<>(candidates(report).stream()
                    .filter(c -> c.participants().equals(report.participants()) && c.fits(report, places)).toList());
            formed.stream().filter(c -> c.fits(report, places)).forEach(exact::add);
            EventCluster home = home(report, exact, Clustering::first);
            if (home != null) {
                home.reports.add(report);
            } else {
                formed.add(new EventCluster(report));
            }
        }
        List<EventCluster> alone = new ArrayList<>();
        for (EventCluster cluster : formed) {
            // A report naming fewer people than an event may have left some out. Reports naming more may be a
            // fuller account of it too, but where several agree on exactly those people, they are a contact of
            // their own: only a report alone joins an event of fewer.
            boolean several = cluster.reports.size() > 1;
            List<EventCluster> fitting = candidates(cluster.anchor).stream()
                    .filter(c -> !several || c.participants().containsAll(cluster.anchor.participants()))
                    .filter(c -> cluster.reports.stream().allMatch(r -> c.fits(r, places))).toList();
            EventCluster home = home(cluster.anchor, fitting, Clustering::only);
            if (home != null) {
                home.reports.addAll(cluster.reports);
            } else {
                alone.add(cluster);
            }
        }
        alone.forEach(this::register);
    }

    private void register(EventCluster cluster) {
        int index = clusters.size();
        clusters.add(cluster);
        Blocking.keys(cluster.anchor).forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(index));
        Blocking.anyTimeKeys(cluster.anchor).forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(index));
    }

    /** The cluster the rule of the report's dating picks among the candidates, or null. */
    private static EventCluster home(ContactReportRecord report, List<EventCluster> candidates, Pick pick) {
        return switch (report.dating()) {
            case DAY -> pick.from(candidates, c -> c.anchor.dating() == Dating.DAY && c.covers(report.date().start()));
            case COARSE -> coarse(report, candidates, pick);
            case PUBLICATION -> published(report, candidates, pick);
            case NONE -> undated(report, candidates, pick);
        };
    }

    /** The clusters whose anchor shares a key with the report, in creation order. */
    private List<EventCluster> candidates(ContactReportRecord report) {
        TreeMap<Integer, EventCluster> found = new TreeMap<>();
        for (String key : Blocking.keys(report)) {
            for (int index : byKey.getOrDefault(key, List.of())) {
                found.computeIfAbsent(index, clusters::get);
            }
        }
        return List.copyOf(found.values());
    }

    private static EventCluster coarse(ContactReportRecord report, List<EventCluster> candidates, Pick pick) {
        List<EventCluster> days = candidates.stream()
                .filter(c -> c.anchor.dating() == Dating.DAY && report.date().compatibleWith(c.anchor.date())).toList();
        if (days.size() > 1) {
            return null;
        }
        return days.size() == 1 ? days.get(0)
                : pick.from(candidates, c -> c.anchor.dating() == Dating.COARSE && c.anchor.date().equals(report.date()));
    }

    private static EventCluster published(ContactReportRecord report, List<EventCluster> candidates, Pick pick) {
        LocalDate day = report.date().start();
        // A publication date is too loose a date to stretch a visit over several days: the day itself, or the day before.
        EventCluster sameDay = pick.from(candidates, c -> c.dated(day));
        if (sameDay != null) {
            return sameDay;
        }
        return only(candidates, c -> c.anchor.dating() == Dating.DAY && c.dated(day.minusDays(1)));
    }

    private static EventCluster undated(ContactReportRecord report, List<EventCluster> candidates, Pick pick) {
        LocalDate published = report.publishedDay();
        if (published == null) {
            List<EventCluster> dated = candidates.stream().filter(c -> c.anchor.dating() != Dating.NONE).limit(2).toList();
            if (dated.size() > 1) {
                return null;
            }
            return dated.size() == 1 ? dated.get(0)
                    : pick.from(candidates, c -> Blocking.undatedArticle(c.anchor));
        }
        LocalDate from = published.minusDays(Blocking.UNDATED_WINDOW_DAYS);
        List<EventCluster> dated = candidates.stream()
                .filter(c -> c.anchor.dating() != Dating.NONE && c.meets(from, published)).toList();
        if (dated.size() > 1) {
            return null;
        }
        return dated.size() == 1 ? dated.get(0) : pick.from(candidates, c -> c.anchor.dating() == Dating.NONE
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
