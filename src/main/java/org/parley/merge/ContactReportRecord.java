package org.parley.merge;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.SortedSet;
import org.parley.model.ContactType;
import org.parley.model.PartialDate;

/**
 * One article's report of a contact, as the merger reads it back from the store.
 *
 * @param iri          the report's IRI (stable: derived from the article's identity and the report's index)
 * @param article      the IRI of the article (and named graph) that holds it
 * @param type         the type this report gives
 * @param participants the participants' IRIs (for a visit: the visitors)
 * @param date         the report's date, or null
 * @param explicitDate true when the article's text dates the contact; false when only its publication date does
 * @param published    the article's publication date, or null
 * @param placeIri     the place's IRI, or null
 * @param background   whether the article mentions it in passing
 * @param confidence   the extractor's confidence
 */
public record ContactReportRecord(String iri, String article, ContactType type, SortedSet<String> participants,
                                  PartialDate date, boolean explicitDate, PartialDate published, String placeIri,
                                  boolean background, double confidence) {

    /** How the report is dated, in the order the clustering takes reports: the most precise dating first. */
    enum Dating { DAY, COARSE, PUBLICATION, NONE }

    /** The better dated first: by dating, then the finer date, then the earlier (the publication date standing in). */
    static final Comparator<ContactReportRecord> BETTER_DATED = Comparator
            .comparing(ContactReportRecord::dating)
            .thenComparing(r -> r.date() == null ? r.published() : r.date(),
                    Comparator.nullsLast(Comparator.comparing((PartialDate d) -> d.precision())
                            .reversed().thenComparing(Comparator.naturalOrder())));

    Dating dating() {
        if (date == null) {
            return Dating.NONE;
        }
        if (!explicitDate) {
            return Dating.PUBLICATION;
        }
        return date.precision() == PartialDate.Precision.DAY ? Dating.DAY : Dating.COARSE;
    }

    boolean isVisit() {
        return type == ContactType.VISIT;
    }

    /** The day the publication date gives, when it is known to the day. */
    LocalDate publishedDay() {
        return published == null || published.precision() != PartialDate.Precision.DAY ? null : published.start();
    }

    /**
     * Whether the report can name the contact the participants are of: one set holds the other (different sets never
     * merge), and the smaller names the contact's principals: two people, or a visit's visitor.
     */
    boolean participantsAgree(Set<String> others) {
        Set<String> small = participants.size() <= others.size() ? participants : others;
        Set<String> large = small == participants ? others : participants;
        return small.size() >= Blocking.principals(type) && large.containsAll(small);
    }
}
