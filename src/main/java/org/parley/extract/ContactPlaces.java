package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.link.Places;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.PartialDate;
import org.parley.model.Place;

/**
 * Settles the places of one article's contacts from one another. A contact whose own words give no place, or only
 * a country, takes the city that a related contact of the article gives within it: talks held during a visit took
 * place in the visit's city ("made a working visit to Moscow. Putin held talks with Bennett"), a visit to a country
 * went to the city where the visitor met his hosts, and a one-on-one of the same day as a three-way meeting was held
 * where that was. Related means: they share a person, their dates agree,
 * and both are news or both background. Where the related contacts give several cities (a tour), the one of the same
 * day wins; if that does not settle it, the place stays as the text gave it. A contact with no place at all takes
 * the country of its related contacts when they give no city.
 */
final class ContactPlaces {
    /** How long after an arrival talks can be taken to belong to the visit: state visits last a few days. */
    private static final int MAX_VISIT_DAYS = 4;

    private final Places places;

    ContactPlaces(Places places) {
        this.places = places;
    }

    /** The contacts in the same order, each with its place settled. */
    List<Contact> settle(List<Contact> contacts) {
        List<Contact> settled = new ArrayList<>();
        for (Contact c : contacts) {
            Place finer = c.type() == ContactType.MEETING || c.type() == ContactType.VISIT ? finerPlace(c, contacts) : null;
            settled.add(finer == null ? c : new Contact(c.type(), c.participants(), c.host(), c.date(), c.dateEvidence(), finer,
                    c.background(), c.confidence(), c.flags(), c.evidence()));
        }
        return settled;
    }

    private Place finerPlace(Contact contact, List<Contact> all) {
        if (contact.place() != null && !contact.place().isCountry()) {
            return null;
        }
        List<Contact> related = all.stream().filter(other -> other != contact && relates(other, contact)).toList();
        List<Place> cities = related.stream().map(Contact::place).filter(Objects::nonNull)
                .filter(p -> p.level() == Place.Level.CITY && (contact.place() == null || places.within(p, contact.place())))
                .filter(p -> contact.type() != ContactType.VISIT || abroad(contact, p))
                .distinct().toList();
        if (cities.size() == 1) {
            return cities.get(0);
        }
        List<Place> sameDay = related.stream().filter(o -> contact.date() != null && contact.date().equals(o.date()))
                .map(Contact::place).filter(cities::contains).distinct().toList();
        if (sameDay.size() == 1) {
            return sameDay.get(0);
        }
        // With no city to go by, a contact without a place takes the one country its related contacts give.
        List<Place> countries = contact.place() != null || !cities.isEmpty() ? List.of() : related.stream()
                .map(Contact::place).filter(p -> p != null && p.isCountry())
                .filter(p -> contact.type() != ContactType.VISIT || abroad(contact, p)).distinct().toList();
        return countries.size() == 1 ? countries.get(0) : null;
    }

    /** Talks in the days after a visit's arrival took place during it ("arrived on Monday ... on Tuesday, talks"). */
    private static boolean duringVisit(Contact visit, Contact talks) {
        if (visit.type() != ContactType.VISIT || talks.type() != ContactType.MEETING || visit.date() == null || talks.date() == null
                || visit.date().precision() != PartialDate.Precision.DAY || talks.date().precision() != PartialDate.Precision.DAY) {
            return false;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(visit.date().start(), talks.date().start());
        return days >= 0 && days <= MAX_VISIT_DAYS;
    }

    /** A visit goes abroad: no visitor is from the place's country. */
    private static boolean abroad(Contact visit, Place place) {
        return place.country() != null && visit.participants().stream().noneMatch(p -> place.country().equals(p.country()));
    }

    /** A contact that took place in the same trip: a visit for talks, talks for a visit, with a shared person. */
    private static boolean relates(Contact other, Contact contact) {
        // Talks of one day with some of the same people, beside a summit or a three-way meeting, were held where it was.
        boolean sameDayTalks = contact.type() == ContactType.MEETING && other.type() == ContactType.MEETING
                && contact.place() == null && contact.date() != null && contact.date().precision() == PartialDate.Precision.DAY
                && contact.date().equals(other.date());
        boolean kinds = contact.type() == ContactType.MEETING ? other.type() == ContactType.VISIT || sameDayTalks
                : other.type() == ContactType.MEETING || other.type() == ContactType.VISIT;
        boolean dates = contact.date() == null || other.date() == null || contact.date().compatibleWith(other.date())
                || duringVisit(contact, other) || duringVisit(other, contact);
        return kinds && dates && other.background() == contact.background() && ContactExtractor.sharesPerson(other, contact);
    }
}
