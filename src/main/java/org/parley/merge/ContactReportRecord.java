package org.parley.merge;

import java.util.Set;
import java.util.SortedSet;
import org.parley.model.ContactType;
import org.parley.model.PartialDate;

/**
 * One article's report of a contact, as the merger reads it back from the store.
 *
 * @param iri          the report's IRI (stable: derived from the article's locator and the report's index)
 * @param type         the type this report gives
 * @param participants the participants' IRIs
 * @param date         the report's date, or null
 * @param explicitDate true when the article's text dates the contact; false when only its publication date does
 * @param placeIri     the place's IRI, or null
 * @param placeLabel   the place's label, or null
 * @param background   whether the article mentions it in passing
 * @param confidence   the extractor's confidence
 */
record ContactReportRecord(String iri, ContactType type, SortedSet<String> participants, PartialDate date,
                           boolean explicitDate, String placeIri, String placeLabel, boolean background, double confidence) {

    boolean sharesPrincipals(ContactReportRecord other) {
        return overlap(participants, other.participants) >= Math.min(2, Math.min(participants.size(), other.participants.size()));
    }

    static int overlap(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }
}
