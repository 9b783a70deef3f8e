package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.link.Gazetteer;
import org.parley.link.Places;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.Mention;
import org.parley.model.PartialDate;
import org.parley.model.Place;
import org.parley.model.Span;

/** Settling an article's contact places from one another, without the language pipeline. */
class ContactPlacesTest {
    private static final Places PLACES = Places.standard();
    private static final Actor KISHIDA = new Actor("person/k", "Kishida", ActorKind.PERSON, null, "JPN", null);
    private static final Actor ZELENSKYY = new Actor("person/z", "Zelenskyy", ActorKind.PERSON, null, "UKR", null);
    private static final Actor MODI = new Actor("person/m", "Modi", ActorKind.PERSON, null, "IND", null);
    private static final Mention EVIDENCE = new Mention(new Span(0, 3), "met", new Span(0, 10), "They met.");

    private static Place place(String name) {
        return PLACES.resolve(name, List.of()).orElseThrow();
    }

    private static Contact contact(ContactType type, Place place, String date, boolean background, Actor... people) {
        return new Contact(type, List.of(people), null, date == null ? null : PartialDate.parse(date), date, place, background,
                0.8, List.of(), EVIDENCE);
    }

    private static List<Place> settle(Contact... contacts) {
        return new ContactPlaces(PLACES).settle(List.of(contacts)).stream().map(Contact::place).toList();
    }

    @Test
    void talksHeldDuringAVisitTakeTheVisitsCity() {
        List<Place> places = settle(contact(ContactType.VISIT, place("Kyiv"), "2023-03-21", false, KISHIDA),
                contact(ContactType.MEETING, null, "2023-03-21", false, KISHIDA, ZELENSKYY));
        assertEquals(place("Kyiv"), places.get(1));
    }

    @Test
    void aSettledPlaceRecordsTheContactItCameFrom() {
        List<Contact> settled = new ContactPlaces(PLACES).settle(List.of(
                contact(ContactType.VISIT, place("Kyiv"), "2023-03-21", false, KISHIDA),
                contact(ContactType.MEETING, null, "2023-03-21", false, KISHIDA, ZELENSKYY)));
        assertNull(settled.get(0).placeEvidence(), "its own words placed the visit");
        assertEquals("the place of the visit \"met\" of 2023-03-21", settled.get(1).placeEvidence());
    }

    @Test
    void aVisitToACountryTakesTheCityWhereTheVisitorMetHisHosts() {
        List<Place> places = settle(contact(ContactType.VISIT, place("Ukraine"), "2023-03-21", false, KISHIDA),
                contact(ContactType.MEETING, place("Kyiv"), "2023-03-21", false, KISHIDA, ZELENSKYY));
        assertEquals(place("Kyiv"), places.get(0));
    }

    @Test
    void aCountryStaysACountryWhenNothingFinerIsGivenForThatContact() {
        // The city is in another country, on another day, or of an earlier contact: none refines the visit.
        assertEquals(place("Ukraine"), settle(contact(ContactType.VISIT, place("Ukraine"), "2023-03-21", false, KISHIDA),
                contact(ContactType.MEETING, place("New Delhi"), "2023-03-20", false, KISHIDA, MODI)).get(0));
        assertEquals(place("Ukraine"), settle(contact(ContactType.VISIT, place("Ukraine"), "2023-03-21", false, KISHIDA),
                contact(ContactType.MEETING, place("Kyiv"), "2022-05", true, KISHIDA, ZELENSKYY)).get(0));
        assertEquals(place("Ukraine"), settle(contact(ContactType.VISIT, place("Ukraine"), "2023-03", false, KISHIDA),
                contact(ContactType.MEETING, place("Lviv"), "2023-03-20", false, KISHIDA, ZELENSKYY),
                contact(ContactType.MEETING, place("Kyiv"), "2023-03-22", false, KISHIDA, ZELENSKYY)).get(0),
                "a tour of two cities in the visit's month, with no day to choose by: the country");
    }

    @Test
    void aTourIsSettledByTheCityOfTheSameDay() {
        List<Place> places = settle(contact(ContactType.VISIT, place("Ukraine"), "2023-03-21", false, KISHIDA),
                contact(ContactType.MEETING, place("Lviv"), "2023-03-20", false, KISHIDA, ZELENSKYY),
                contact(ContactType.MEETING, place("Kyiv"), "2023-03-21", false, KISHIDA, ZELENSKYY));
        assertEquals(place("Kyiv"), places.get(0));
    }

    @Test
    void aOneOnOneOfTheSameDayAsAThreeWayMeetingWasHeldWhereThatWas() {
        List<Place> places = settle(contact(ContactType.MEETING, place("Lviv"), "2023-03-21", false, KISHIDA, ZELENSKYY, MODI),
                contact(ContactType.MEETING, null, "2023-03-21", false, KISHIDA, ZELENSKYY),
                contact(ContactType.MEETING, null, "2023-03-22", false, KISHIDA, ZELENSKYY));
        assertEquals(place("Lviv"), places.get(1));
        assertNull(places.get(2), "talks of another day are not placed by it");
    }

    @Test
    void aVisitNeverTakesAPlaceInTheVisitorsOwnCountry() {
        List<Place> places = settle(contact(ContactType.VISIT, null, "2023-03-21", false, MODI),
                contact(ContactType.MEETING, place("New Delhi"), "2023-03-21", false, KISHIDA, MODI));
        assertNull(places.get(0));
    }

    @Test
    void callsKeepNoPlace() {
        List<Place> places = settle(contact(ContactType.VISIT, place("Kyiv"), "2023-03-21", false, KISHIDA),
                contact(ContactType.PHONE_CALL, null, "2023-03-21", false, KISHIDA, ZELENSKYY));
        assertNull(places.get(1));
        assertEquals(Gazetteer.standard().country("Ukraine").map(Places::of).orElseThrow().country(), places.get(0).country());
    }

    @Test
    void onATourTalksBelongToTheStopTheVisitorLastArrivedAt() {
        // Tours of two to four stops, a day or two apart, each stop's visit named with or without its city: a stop
        // whose words give no city never takes the city of the next stop's talks, nor its talks the next stop's city.
        List<String> cities = List.of("Paris", "Abu Dhabi", "Belgrade", "Budapest");
        Actor[] hosts = {ZELENSKYY, MODI, ZELENSKYY, MODI};
        for (int stops = 2; stops <= cities.size(); stops++) {
            for (int gap = 1; gap <= 2; gap++) {
                for (int unnamed = 0; unnamed < stops; unnamed++) {
                    List<Contact> tour = new java.util.ArrayList<>();
                    for (int i = 0; i < stops; i++) {
                        String arrival = java.time.LocalDate.of(2023, 7, 10).plusDays((long) i * gap).toString();
                        String talks = java.time.LocalDate.of(2023, 7, 10).plusDays((long) i * gap + (gap > 1 ? 1 : 0)).toString();
                        Place city = place(cities.get(i));
                        tour.add(contact(ContactType.VISIT, i == unnamed ? null : city, arrival, false, KISHIDA));
                        tour.add(contact(ContactType.MEETING, i == unnamed ? null : city, talks, false, KISHIDA, hosts[i]));
                    }
                    List<Place> settled = new ContactPlaces(PLACES).settle(tour).stream().map(Contact::place).toList();
                    for (int i = 0; i < stops; i++) {
                        if (i != unnamed) {
                            assertEquals(place(cities.get(i)), settled.get(2 * i), "stop " + i + " of " + stops);
                            assertEquals(place(cities.get(i)), settled.get(2 * i + 1), "talks of stop " + i + " of " + stops);
                        } else {
                            assertNull(settled.get(2 * i), "the unnamed stop " + i + " of " + stops + ", " + gap + " days apart");
                            assertNull(settled.get(2 * i + 1), "talks of the unnamed stop " + i + " of " + stops);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aPlaceTheGazetteerLacksGivesWayToTheCityOfTheTalks() {
        Place airport = new Place("place/some-airfield", "Some Airfield", Place.Level.OTHER, null);
        List<Place> places = settle(contact(ContactType.VISIT, airport, "2023-03-20", false, KISHIDA),
                contact(ContactType.MEETING, place("Kyiv"), "2023-03-21", false, KISHIDA, ZELENSKYY));
        assertEquals(place("Kyiv"), places.get(0));
        assertEquals(airport, settle(contact(ContactType.VISIT, airport, "2023-03-20", false, KISHIDA)).get(0),
                "with nothing to refine it, the place stays as written");
    }

    @Test
    void aPlaceSettledFromOneContactSettlesTheNextInTurn() {
        // The visit to the country takes the three-way meeting's city; the one-on-one, placed only by the visit's
        // country, then takes the visit's city. Dated or not, in either order.
        for (String date : new String[] {null, "2023-03-21"}) {
            List<Place> places = settle(contact(ContactType.MEETING, place("Lviv"), date, false, KISHIDA, ZELENSKYY, MODI),
                    contact(ContactType.VISIT, place("Ukraine"), date, false, KISHIDA),
                    contact(ContactType.MEETING, place("Ukraine"), date, false, KISHIDA, ZELENSKYY));
            assertEquals(List.of(place("Lviv"), place("Lviv"), place("Lviv")), places, "dated " + date);
        }
    }
}
