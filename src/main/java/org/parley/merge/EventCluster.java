package org.parley.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parley.model.ContactType;
import org.parley.model.PartialDate;

/**
 * The reports of one real contact. The first report taken (the best dated, naming the most people) anchors it: the
 * clustering's decisions look at its date and keys. Its IRI comes from another, the defining report.
 */
final class EventCluster {
    /**
     * The defining report comes first: the best dated, then the one naming the fewest people (the principals), so
     * that a report naming more (a third participant, the aides) leaves the IRI as it is. No rule can also keep it
     * when a report naming fewer arrives: an event of two reports, one naming two people and one naming three, is
     * the same whichever came first, so one of the two orders of arrival changes the IRI. Of the two, a fuller report
     * of a contact already reported is the commoner arrival, and this keeps the IRIs earlier merge rules gave.
     */
    private static final Comparator<ContactReportRecord> DEFINING = ContactReportRecord.BETTER_DATED
            .thenComparing(r -> r.participants().size())
            .thenComparing(r -> String.join(" ", r.participants()))
            .thenComparing(ContactReportRecord::iri);

    final ContactReportRecord anchor;
    final List<ContactReportRecord> reports = new ArrayList<>();

    EventCluster(ContactReportRecord anchor) {
        this.anchor = anchor;
        reports.add(anchor);
    }

    /**
     * Whether the report may be of this contact, dates aside: the same type family, participants that agree with
     * all the reports name (one set holds the other: an article naming two of three people fits a three-way meeting,
     * whichever two), places that agree along the place hierarchy with every report's, and not a second report from
     * an article already in it (an article reports each contact once).
     * <p>
     * Fitting depends on the report and the reports already in, so a report dated loosely is judged against the
     * reports dated better, which come first.
     */
    boolean fits(ContactReportRecord report, PlaceHierarchy places) {
        if (!anchor.type().sameFamily(report.type()) || !report.participantsAgree(participants())) {
            return false;
        }
        // A report dated to the day (or by its publication day) agrees with places the hierarchy does not know;
        // one dated more loosely has less to go by, and its place must be shown to agree: a name the hierarchy lacks
        // must be the same name, and a known place must agree with some report's place along the hierarchy (a
        // report whose place the hierarchy lacks, "Russia's Far East", neither shows nor denies it).
        boolean loose = report.dating() == ContactReportRecord.Dating.COARSE || report.dating() == ContactReportRecord.Dating.NONE;
        boolean knownPlace = report.placeIri() != null && places.known(report.placeIri());
        boolean shown = !loose || report.placeIri() == null;
        for (ContactReportRecord r : reports) {
            boolean placesFit = !loose ? places.agree(r.placeIri(), report.placeIri())
                    : knownPlace ? places.agree(r.placeIri(), report.placeIri()) : places.related(r.placeIri(), report.placeIri());
            if (r.article().equals(report.article()) || !placesFit) {
                return false;
            }
            shown |= r.placeIri() == null || places.related(r.placeIri(), report.placeIri());
        }
        return shown;
    }

    /** Whether the anchor's date is the day, or a period holding it. */
    boolean dated(LocalDate day) {
        return anchor.date() != null && anchor.date().compatibleWith(PartialDate.of(day));
    }

    /** Whether the contact this cluster's anchor dates covers the day: the day itself, or a visit's days. */
    boolean covers(LocalDate day) {
        PartialDate date = anchor.date();
        if (date == null) {
            return false;
        }
        if (date.precision() != PartialDate.Precision.DAY) {
            return date.compatibleWith(PartialDate.of(day));
        }
        LocalDate first = date.start();
        int span = anchor.isVisit() ? Blocking.VISIT_SPAN_DAYS : 0;
        return !day.isBefore(first) && !day.isAfter(first.plusDays(span));
    }

    /** Whether the anchor's date, or a visit's days, meet the period from {@code from} to {@code to}. */
    boolean meets(LocalDate from, LocalDate to) {
        PartialDate date = anchor.date();
        if (date == null) {
            return false;
        }
        LocalDate last = date.precision() == PartialDate.Precision.DAY && anchor.isVisit()
                ? date.end().plusDays(Blocking.VISIT_SPAN_DAYS) : date.end();
        return !date.start().isAfter(to) && !last.isBefore(from);
    }

    /** The most reported type; a video call wins a tie with a phone call, as "call" is the vaguer report. */
    ContactType type() {
        Map<ContactType, Long> counts = reports.stream()
                .collect(Collectors.groupingBy(ContactReportRecord::type, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.comparing(Map.Entry<ContactType, Long>::getValue)
                        .thenComparing(e -> e.getKey() == ContactType.VIDEO_CALL)
                        .thenComparing(e -> e.getKey() == defining().type()))
                .orElseThrow().getKey();
    }

    TreeSet<String> participants() {
        TreeSet<String> all = new TreeSet<>();
        reports.forEach(r -> all.addAll(r.participants()));
        return all;
    }

    /**
     * The best-supported date: a report supports its own date and the finer dates within it (a month report
     * supports each day of its month), the text's own date more than a publication date standing in for it; then
     * the finer precision, then the earlier date.
     */
    PartialDate date() {
        Map<PartialDate, Double> support = new HashMap<>();
        for (ContactReportRecord candidate : reports) {
            if (candidate.date() != null) {
                double total = 0;
                for (ContactReportRecord r : reports) {
                    if (r.date() != null && r.date().compatibleWith(candidate.date())
                            && r.date().precision().compareTo(candidate.date().precision()) <= 0) {
                        total += weight(r);
                    }
                }
                support.put(candidate.date(), total);
            }
        }
        return support.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<PartialDate, Double> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().precision())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static double weight(ContactReportRecord r) {
        return !r.explicitDate() ? 0.5 : r.background() ? 0.9 : 1.0;
    }

    /** The first and last day the text dates a multi-day contact to, or null when it is one day (or none). */
    LocalDate[] span() {
        List<LocalDate> days = reports.stream()
                .filter(r -> r.dating() == ContactReportRecord.Dating.DAY)
                .map(r -> r.date().start()).sorted().toList();
        if (days.isEmpty() || days.get(0).equals(days.get(days.size() - 1))) {
            return null;
        }
        return new LocalDate[]{days.get(0), days.get(days.size() - 1)};
    }

    /** The most specific place any report gives (all agree along the hierarchy), the most reported among equals. */
    String place(PlaceHierarchy places) {
        Map<String, Long> counts = reports.stream().filter(r -> r.placeIri() != null)
                .collect(Collectors.groupingBy(ContactReportRecord::placeIri, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Long> e) -> places.depth(e.getKey()))
                        .thenComparing(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    double confidence() {
        return reports.stream().mapToDouble(ContactReportRecord::confidence).max().orElse(0);
    }

    /** The report the event's IRI comes from: the first in {@link #DEFINING} order, whatever order reports arrive in. */
    ContactReportRecord defining() {
        return reports.stream().min(DEFINING).orElseThrow();
    }

    /** What the event's IRI is made from: the defining report's family, date (or IRI, undated) and participants. */
    String identity() {
        ContactReportRecord defining = defining();
        return Blocking.family(defining.type()) + "|" + (defining.date() == null ? defining.iri() : defining.date().toString())
                + "|" + String.join(",", defining.participants());
    }
}
