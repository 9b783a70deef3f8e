package org.parley.merge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parley.model.ContactType;
import org.parley.rdf.Ids;

/**
 * The blocking keys of a report: one per principal pair of participants (a visit's visitor alone) and month its
 * date can reach. Two reports can only ever be clustered together when they share a key, so the reports sharing
 * keys with a change, and theirs in turn, are all a change can touch.
 * <p>
 * A report's reach is the span of days a report it could merge with may be dated to: its own day (for a visit, the
 * days a visit lasts around it), its month or year, the day before a publication date standing in for the date, or
 * the window before the publication of an undated report.
 */
final class Blocking {
    /** The days a visit's reports may spread over and still be one visit. */
    static final int VISIT_SPAN_DAYS = 6;
    /** How long before its publication an undated report may look for its contact. */
    static final int UNDATED_WINDOW_DAYS = 30;
    /** The bucket of undated reports whose article has no publication date. */
    private static final String NO_DATE = "undated";
    private static final String ANY_TIME = "any";

    private Blocking() {
    }

    /** How many shared participants name a contact's principals: a visit's visitor, else a pair. */
    static int principals(ContactType type) {
        return type == ContactType.VISIT ? 1 : 2;
    }

    static Set<String> keys(ContactReportRecord report) {
        Set<String> keys = keys(report, buckets(report));
        if (undatedArticle(report)) {
            keys.addAll(anyTimeKeys(report));
        }
        return keys;
    }

    /**
     * A dated report's keys for any time: an undated report of an undated article has no window to search, so it
     * looks for the one event that fits among all of its principals' dated reports, which hold these keys apart
     * (they connect reports only where such an undated report holds them too).
     */
    static Set<String> anyTimeKeys(ContactReportRecord report) {
        return report.dating() == ContactReportRecord.Dating.NONE && !undatedArticle(report) ? Set.of()
                : keys(report, List.of(ANY_TIME));
    }

    /** True for an undated report whose article has no publication date either. */
    static boolean undatedArticle(ContactReportRecord report) {
        return report.dating() == ContactReportRecord.Dating.NONE && report.publishedDay() == null;
    }

    private static Set<String> keys(ContactReportRecord report, List<String> buckets) {
        Set<String> keys = new TreeSet<>();
        String family = family(report.type());
        for (String principal : principalSets(report)) {
            for (String bucket : buckets) {
                keys.add(Ids.hash(family + "|" + principal + "|" + bucket));
            }
        }
        return keys;
    }

    /** The name of a type's family: a phone call and a video call may be one call. */
    static String family(ContactType type) {
        return type.sameFamily(ContactType.PHONE_CALL) ? "call" : type.localName();
    }

    private static List<String> principalSets(ContactReportRecord report) {
        List<String> participants = List.copyOf(report.participants());
        List<String> sets = new ArrayList<>();
        if (principals(report.type()) == 1) {
            sets.addAll(participants);
            return sets;
        }
        for (int i = 0; i < participants.size(); i++) {
            for (int j = i + 1; j < participants.size(); j++) {
                sets.add(participants.get(i) + " " + participants.get(j));
            }
        }
        return sets;
    }

    private static List<String> buckets(ContactReportRecord report) {
        LocalDate[] reach = reach(report);
        if (reach == null) {
            return List.of(NO_DATE);
        }
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(reach[0]); !m.isAfter(YearMonth.from(reach[1])); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }

    /** The first and last day of the report's reach, or null for an undated report of an undated article. */
    static LocalDate[] reach(ContactReportRecord report) {
        int visit = report.isVisit() ? VISIT_SPAN_DAYS : 0;
        return switch (report.dating()) {
            case DAY -> new LocalDate[]{report.date().start().minusDays(visit), report.date().start().plusDays(visit)};
            case COARSE -> new LocalDate[]{report.date().start(), report.date().end()};
            case PUBLICATION -> new LocalDate[]{report.date().start().minusDays(1), report.date().end()};
            case NONE -> report.publishedDay() == null ? null
                    : new LocalDate[]{report.publishedDay().minusDays(UNDATED_WINDOW_DAYS), report.publishedDay()};
        };
    }
}
