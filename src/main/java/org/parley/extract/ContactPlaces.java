package org.parley.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.link.Places;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.PartialDate;
import org.parley.model.Place;
import org.parley.rdf.Parley;

/**
 * Settles the places of one article's contacts from one another. A contact whose own words give no place, only a
 * country, or a name the gazetteer lacks ("landed at Orly airport") takes the city that a related contact of the
 * article gives within it: talks held during a visit took place in the visit's city ("made a working visit to Moscow.
 * Putin held talks with Bennett"), a visit to a country went to the city where the visitor met his hosts, and a
 * one-on-one of the same day as a three-way meeting was held where that was. Related means: they share a person,
 * their dates agree, and both are news or both background. On a tour, talks belong to the stop the visitor had last
 * arrived at: a visit and talks with another arrival of the same person between them are different stops ("arrived
 * in Paris on Thursday ... yesterday in Abu Dhabi for talks"). Where the related contacts give several cities, the one
 * of the same day wins; if that does not settle it, the place stays as the text gave it. A contact with no place at
 * all takes the country of its related contacts when they give no city.
 */
final class ContactPlaces {
    /** How long after an arrival talks can be taken to belong to the visit: state visits last a few days. */
    private static final int MAX_VISIT_DAYS = 4;

    private final Places places;

    ContactPlaces(Places places) {
        this.places = places;
    }

    /**
     * The contacts in the same order, each with its place settled. A place settled from one contact may settle
     * another in turn (talks placed by a visit that its three-way meeting placed), so this runs until nothing changes.
     */
    List<Contact> settle(List<Contact> contacts) {
        List<Contact> settled = contacts;
        for (int pass = 0; pass < contacts.size(); pass++) {
            List<Contact> next = settleOnce(settled);
            if (next.equals(settled)) {
                break;
            }
            settled = next;
        }
        return settled;
    }

    private List<Contact> settleOnce(List<Contact> contacts) {
        List<Contact> settled = new ArrayList<>();
        for (Contact c : contacts) {
            Contact from = c.type() == ContactType.MEETING || c.type() == ContactType.VISIT ? finerPlace(c, contacts) : null;
            settled.add(from == null ? c : new Contact(c.type(), c.participants(), c.host(), c.date(), c.dateEvidence(), from.place(),
                    c.background(), c.confidence(), c.flags(), c.evidence(), "the place of the " + from.type().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + " \"" + from.evidence().exact().strip() + "\"" + (from.date() == null ? "" : " of " + from.date())));
        }
        return settled;
    }

    /** The related contact whose place is the contact's, or null when none settles it. */
    private Contact finerPlace(Contact contact, List<Contact> all) {
        if (contact.place() != null && contact.place().level().compareTo(Place.Level.OTHER) > 0) {
            return null;
        }
        // A place the gazetteer lacks is kept unless a related contact gives a city; a country only holds its own cities.
        Place within = contact.place() != null && contact.place().isCountry() ? contact.place() : null;
        List<Contact> related = all.stream().filter(other -> other != contact && relates(other, contact)
                && !otherStopBetween(other, contact, all)).toList();
        List<Contact> inCities = related.stream().filter(o -> o.place() != null && o.place().level() == Place.Level.CITY
                        && (within == null || places.within(o.place(), within)))
                .filter(o -> contact.type() != ContactType.VISIT || abroad(contact, o.place())).toList();
        List<Place> cities = inCities.stream().map(Contact::place).distinct().toList();
        if (cities.size() == 1) {
            return inCities.get(0);
        }
        List<Contact> sameDay = inCities.stream().filter(o -> contact.date() != null && contact.date().equals(o.date())).toList();
        if (sameDay.stream().map(Contact::place).distinct().count() == 1) {
            return sameDay.get(0);
        }
        // With no city to go by, a contact without a place takes the one country its related contacts give: as their
        // place, or as the country of a region or venue of no city ("crossed the border ... talks in the Far East").
        List<Contact> inCountries = contact.place() != null || !cities.isEmpty() ? List.of() : related.stream()
                .filter(o -> o.place() != null && (o.place().isCountry() || countryOfVenue(o.place()).isPresent()))
                .map(o -> o.place().isCountry() ? o : withPlace(o, countryOfVenue(o.place()).get()))
                .filter(o -> contact.type() != ContactType.VISIT || abroad(contact, o.place())).toList();
        return inCountries.stream().map(Contact::place).distinct().count() == 1 ? inCountries.get(0) : null;
    }

    /**
     * The country a region or venue of the gazetteer lies in with no city between them ("Russia's Far East", a
     * cosmodrome); empty for a city, a place within one, and a country.
     */
    private java.util.Optional<Place> countryOfVenue(Place place) {
        if (place.level() == Place.Level.CITY || place.isCountry()) {
            return java.util.Optional.empty();
        }
        java.util.Optional<Place> parent = places.parent(place);
        if (parent.isEmpty()) {
            // A place the gazetteer lacks, in the country the text put it in.
            return place.country() == null ? java.util.Optional.empty() : places.byIri(Parley.ID + "country/" + place.country());
        }
        return parent.get().isCountry() ? parent : countryOfVenue(parent.get());
    }

    private static Contact withPlace(Contact c, Place place) {
        return new Contact(c.type(), c.participants(), c.host(), c.date(), c.dateEvidence(), place, c.background(), c.confidence(),
                c.flags(), c.evidence(), c.placeEvidence());
    }

    /** Talks in the days after a visit's arrival took place during it ("arrived on Monday ... on Tuesday, talks"). */
    private static boolean duringVisit(Contact visit, Contact talks) {
        if (visit.type() != ContactType.VISIT || talks.type() != ContactType.MEETING || visit.date() == null || talks.date() == null
                || visit.date().precision() != PartialDate.Precision.DAY || talks.date().precision() != PartialDate.Precision.DAY) {
            return false;
        }
        long days = ChronoUnit.DAYS.between(visit.date().start(), talks.date().start());
        return days >= 0 && days <= MAX_VISIT_DAYS;
    }

    /**
     * Whether the two contacts lie on different stops of a tour: between the visit's arrival and the talks (one of
     * them a visit), another visit of the same person arrives, on a day of its own.
     */
    private static boolean otherStopBetween(Contact a, Contact b, List<Contact> all) {
        Contact visit = a.type() == ContactType.VISIT ? a : b.type() == ContactType.VISIT ? b : null;
        Contact other = visit == a ? b : a;
        if (visit == null || !isDay(visit.date()) || !isDay(other.date())) {
            return false;
        }
        LocalDate from = visit.date().start();
        LocalDate to = other.date().start();
        return all.stream().filter(v -> v != visit && v != other && v.type() == ContactType.VISIT && isDay(v.date())
                        && ContactExtractor.sharesPerson(v, visit) && v.background() == visit.background())
                .map(v -> v.date().start())
                .anyMatch(day -> day.isAfter(from) && !day.isAfter(to) || day.isBefore(from) && !day.isBefore(to));
    }

    private static boolean isDay(PartialDate date) {
        return date != null && date.precision() == PartialDate.Precision.DAY;
    }

    /**
     * A visit goes abroad: not all its people are from the place's country. A visit told as "the Brazilian president's state
     * visit" may hold its host too; the host is dropped once the place is settled.
     */
    private static boolean abroad(Contact visit, Place place) {
        return place.country() != null && !visit.participants().stream().allMatch(p -> place.country().equals(p.country()));
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
