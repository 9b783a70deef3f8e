package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.Extraction;
import org.parley.model.PartialDate;

/**
 * Contacts a text tells by reference rather than by name: "their talks" and "the two leaders" of the pair it told
 * together, a state visit whose visitor is the one of that pair from abroad, talks abroad as a stop of a trip told just
 * before, a guest who left a venue abroad, talks "again" after a visit, a visit whose noun a possessive leaves out, and
 * a visit made to meet someone.
 * Each with the texts on which it must not fire.
 */
class ContactsByReferenceTest {
    /** A Thursday. */
    private static final String PUBLISHED = "2024-05-16";
    private static final String PAIR = "Brazilian President Luiz Inacio Lula da Silva and Australia's prime minister, Anthony Albanese, "
            + "signed a trade pact on Thursday that opens markets for beef and iron ore.";
    private static final String THIRD = "It was only the third such pact of Mr. Albanese's term, after Italian Prime Minister Giorgia "
            + "Meloni's in March.";

    private static String placeLabel(Contact c) {
        return c.place() == null ? null : c.place().label();
    }

    /** The person's visit, asserted to have gone to the place on the date. */
    private static Contact assertVisit(Extraction e, String person, String place, String date, String why) {
        Contact visit = ContactRulesTest.the(e, ContactType.VISIT, person);
        assertEquals(place, placeLabel(visit), why);
        assertEquals(PartialDate.parse(date), visit.date(), why);
        return visit;
    }

    @Test
    void thePairOfAReferenceIsThePairToldTogetherNotAThirdPersonNamedBetween() {
        for (String reference : List.of("After their talks at Parliament House in Canberra, the two leaders walked together through the gardens.",
                "After talks at Parliament House in Canberra, both men walked together through the gardens.",
                "The two leaders held talks at Parliament House in Canberra.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, PAIR + " " + THIRD + " " + reference);
            Contact talks = ContactRulesTest.the(e, ContactType.MEETING, "Anthony Albanese", "Luiz Inácio Lula da Silva");
            assertEquals("Canberra", placeLabel(talks), reference);
            assertEquals(PartialDate.parse(PUBLISHED), talks.date(), reference);
            assertTrue(e.contacts().stream().noneMatch(c -> ContactRulesTest.labels(c).contains("Giorgia Meloni")), reference + ": " + e.contacts());
        }
    }

    @Test
    void noPairIsReferredToWhenTheTextToldNoneOrMoreThanTwoTogether() {
        String reference = "After their talks in Canberra, the two leaders walked together through the gardens.";
        Extraction apart = ExtractorTest.extract(PUBLISHED, "Brazilian President Luiz Inacio Lula da Silva praised Australian Prime "
                + "Minister Anthony Albanese's budget on Thursday. " + reference);
        assertTrue(apart.contacts().isEmpty(), "people named apart are no pair: " + apart.contacts());
        Extraction three = ExtractorTest.extract(PUBLISHED, "Brazilian President Luiz Inacio Lula da Silva, Australian Prime Minister "
                + "Anthony Albanese and Italian Prime Minister Giorgia Meloni signed a trade pact on Thursday. " + reference);
        assertTrue(three.contacts().isEmpty(), "three people told together are no pair: " + three.contacts());
    }

    @Test
    void theTalksOfAPairWhoseCallTheTextReportsAreThatCall() {
        Extraction call = ExtractorTest.extract(PUBLISHED, "Brazilian President Luiz Inacio Lula da Silva and Australian Prime Minister "
                + "Anthony Albanese spoke by phone on Thursday. Officials said their talks focused on beef.");
        assertTrue(call.contacts().stream().noneMatch(c -> c.type() == ContactType.MEETING), "their talks were the call: " + call.contacts());
    }

    @Test
    void aStateVisitWithoutItsVisitorIsTheVisitOfThePairsGuestFromAbroad() {
        Extraction e = ExtractorTest.extract(PUBLISHED, PAIR + " The pact came during a state visit that opened with a ceremony "
                + "outside Parliament House on Thursday morning. After their talks in Canberra, the two leaders walked together through the gardens.");
        Contact visit = assertVisit(e, "Luiz Inácio Lula da Silva", "Canberra", PUBLISHED, "the guest from abroad");
        assertEquals("Australia", visit.host().label());
        assertTrue(ContactRulesTest.find(e, ContactType.VISIT, "Anthony Albanese").isEmpty(), "the host made no visit: " + e.contacts());
    }

    @Test
    void aStateVisitIsNoOnesWhenBothOfThePairAreAbroadOrNoPairWasTold() {
        Extraction abroad = ExtractorTest.extract(PUBLISHED, "Brazilian President Luiz Inacio Lula da Silva and Italian Prime Minister "
                + "Giorgia Meloni signed a trade pact on Thursday. The pact came during a state visit that opened with a ceremony on "
                + "Thursday morning. After their talks in Canberra, the two leaders walked together through the gardens.");
        assertTrue(abroad.contacts().stream().noneMatch(c -> c.type() == ContactType.VISIT), "two guests, no one visitor: " + abroad.contacts());
        Extraction unpaired = ExtractorTest.extract(PUBLISHED, "Australian Prime Minister Anthony Albanese signed a trade pact on Thursday. "
                + "The pact came during a state visit that opened with a ceremony on Thursday morning.");
        assertTrue(unpaired.contacts().isEmpty(), "no pair, no visitor: " + unpaired.contacts());
    }

    @Test
    void talksAbroadJustAfterATripIsToldAreAStopOfThatTrip() {
        for (String trip : List.of("Lula's own tour of Asia in March 2024 was built around trade.",
                "Lula travelled across Asia in March 2024 to sell Brazilian beef.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, "Brazilian President Luiz Inacio Lula da Silva has courted Asian buyers. " + trip
                    + " In Tokyo, Fumio Kishida held talks with Lula at the Kantei.");
            ContactRulesTest.the(e, ContactType.MEETING, "Fumio Kishida", "Luiz Inácio Lula da Silva");
            assertVisit(e, "Luiz Inácio Lula da Silva", "Tokyo", "2024-03", trip);
        }
    }

    @Test
    void talksAbroadAreNoStopWithoutATripOrAtASummitOrWhereTheTripWentElsewhere() {
        String opening = "Brazilian President Luiz Inacio Lula da Silva has courted Asian buyers. ";
        for (String text : List.of("Lula sold Brazilian beef in March 2024. In Tokyo, Fumio Kishida held talks with Lula at the Kantei.",
                "Lula's own tour of Asia in March 2024 was built around trade. In Tokyo, Fumio Kishida held talks with Lula on the margins "
                        + "of the Tokyo summit of G20 leaders.",
                "Lula's own trip to China in March 2024 was built around trade. In Tokyo, Fumio Kishida held talks with Lula at the Kantei.",
                "Lula's return to power in January 2023 reopened Asian markets. In Tokyo, Fumio Kishida held talks with Lula at the Kantei.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, opening + text);
            ContactRulesTest.the(e, ContactType.MEETING, "Fumio Kishida", "Luiz Inácio Lula da Silva");
            assertTrue(e.contacts().stream().noneMatch(c -> c.type() == ContactType.VISIT && "Tokyo".equals(placeLabel(c))),
                    text + ": " + e.contacts());
        }
    }

    @Test
    void aGuestWhoLeftAVenueHadVisitedItsCityOnTheDayOfTheirContactThere() {
        Extraction e = ExtractorTest.extract(PUBLISHED, "Brazilian President Luiz Inacio Lula da Silva held talks with French President "
                + "Emmanuel Macron at the Elysee Palace yesterday. Speaking to reporters after leaving the Elysee, Lula said the talks had been useful.");
        assertVisit(e, "Luiz Inácio Lula da Silva", "Paris", "2024-05-15", "the day of the talks there");
    }

    @Test
    void leavingAVenueIsNoVisitForItsOwnPeopleNorWithoutAContactThere() {
        Extraction host = ExtractorTest.extract(PUBLISHED, "French President Emmanuel Macron held talks with Brazilian President Luiz Inacio "
                + "Lula da Silva at the Elysee Palace yesterday. Speaking to reporters after leaving the Elysee, Macron said the talks had been useful.");
        assertTrue(ContactRulesTest.find(host, ContactType.VISIT, "Emmanuel Macron").isEmpty(), "Macron is at home there: " + host.contacts());
        Extraction undated = ExtractorTest.extract(PUBLISHED, "Brazilian President Luiz Inacio Lula da Silva has courted European buyers. "
                + "Speaking to reporters after leaving the Elysee, Lula said the trade talks had been useful.");
        assertTrue(undated.contacts().stream().noneMatch(c -> c.type() == ContactType.VISIT), "no contact there, no day: " + undated.contacts());
    }

    @Test
    void talksHeldAgainTellTheTalksOfTheVisitJustToldOfOneToTheOthersCountry() {
        Extraction e = ExtractorTest.extract(PUBLISHED, "Australian Prime Minister Anthony Albanese met Brazilian President Luiz Inacio "
                + "Lula da Silva in Canberra on Thursday. Albanese visited Brasilia in March last year. The two leaders held talks again "
                + "in Rome in January on the sidelines of a summit.");
        Contact before = e.contacts().stream().filter(c -> c.type() == ContactType.MEETING && c.place() != null
                && "Brasília".equals(c.place().label())).findFirst().orElseThrow(() -> new AssertionError(e.contacts().toString()));
        assertEquals(List.of("Anthony Albanese", "Luiz Inácio Lula da Silva"), ContactRulesTest.labels(before));
        assertEquals(PartialDate.parse("2023-03"), before.date());
    }

    @Test
    void talksNotHeldAgainOrAVisitToAThirdCountryTellNoEarlierTalks() {
        for (String text : List.of("Albanese visited Brasilia in March last year. The two leaders held talks in Rome in January.",
                "Albanese visited Tokyo in March last year. The two leaders held talks again in Rome in January.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, "Australian Prime Minister Anthony Albanese met Brazilian President Luiz Inacio "
                    + "Lula da Silva in Canberra on Thursday. " + text);
            assertTrue(e.contacts().stream().noneMatch(c -> c.type() == ContactType.MEETING && c.date() != null
                    && c.date().equals(PartialDate.parse("2023-03"))), text + ": " + e.contacts());
        }
    }

    @Test
    void aVisitWhoseNounAPossessiveLeavesOutIsTheSameKindOfVisitToTheSameHost() {
        Extraction e = ExtractorTest.extract(PUBLISHED, PAIR + " The pact came during only the second state visit of Mr. Albanese's term, "
                + "after Italian Prime Minister Giorgia Meloni's in March.");
        assertVisit(e, "Giorgia Meloni", "Australia", "2024-03", "the host's country, at the time told");
    }

    @Test
    void noVisitIsElidedWithoutAHostsTermOrATime() {
        for (String text : List.of("The pact came during a state visit, after Italian Prime Minister Giorgia Meloni's in March.",
                "The pact came during the second state visit of Mr. Albanese's term, after Italian Prime Minister Giorgia Meloni's.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, PAIR + " " + text);
            assertTrue(ContactRulesTest.find(e, ContactType.VISIT, "Giorgia Meloni").isEmpty(), text + ": " + e.contacts());
        }
    }

    @Test
    void aVisitMadeToMeetSomeoneOfTheCountryIsAMeetingWithThem() {
        Extraction e = ExtractorTest.extract(PUBLISHED, "Brazilian President Luiz Inacio Lula da Silva stopped briefly in Rome in "
                + "March to congratulate Giorgia Meloni on her budget.");
        Contact met = ContactRulesTest.the(e, ContactType.MEETING, "Giorgia Meloni", "Luiz Inácio Lula da Silva");
        assertEquals("Rome", placeLabel(met));
        assertEquals(PartialDate.parse("2024-03"), met.date());
    }

    @Test
    void aVisitMadeToMeetSomeoneFromElsewhereOrOnlyPlannedIsNoMeeting() {
        for (String text : List.of("Brazilian President Luiz Inacio Lula da Silva stopped briefly in Rome in March to congratulate "
                        + "Anthony Albanese on his budget.",
                "Brazilian President Luiz Inacio Lula da Silva will stop in Rome next week to congratulate Giorgia Meloni on her budget.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, text);
            assertTrue(e.contacts().stream().noneMatch(c -> c.type() == ContactType.MEETING), text + ": " + e.contacts());
        }
    }
}
