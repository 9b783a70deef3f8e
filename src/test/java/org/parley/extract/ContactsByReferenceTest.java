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
    private static final String RUTO = "William Ruto";
    private static final String KISHIDA = "Fumio Kishida";
    private static final String LULA = "Luiz Inácio Lula da Silva";
    private static final String PAIR = "Kenyan President William Ruto and Japanese Prime Minister Fumio Kishida signed a debt accord on Thursday.";
    private static final String THIRD = "It was the fourth such accord of Mr. Kishida's tenure, following German Chancellor Olaf Scholz's "
            + "in February.";

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

    private static boolean anyMeeting(Extraction e) {
        return e.contacts().stream().anyMatch(c -> c.type() == ContactType.MEETING);
    }

    @Test
    void thePairOfAReferenceIsThePairToldTogetherNotAThirdPersonNamedBetween() {
        for (String reference : List.of("Following their meeting at the Kantei in Tokyo, both men told reporters the terms were fair.",
                "After talks at the Kantei in Tokyo, the two leaders dined together.",
                "The two leaders held talks at the Kantei in Tokyo.",
                "The pair later held talks at the Kantei in Tokyo.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, PAIR + " " + THIRD + " " + reference);
            Contact talks = ContactRulesTest.the(e, ContactType.MEETING, KISHIDA, RUTO);
            assertEquals("Tokyo", placeLabel(talks), reference);
            assertEquals(PartialDate.parse(PUBLISHED), talks.date(), reference);
            assertTrue(e.contacts().stream().noneMatch(c -> ContactRulesTest.labels(c).contains("Olaf Scholz")), reference + ": " + e.contacts());
        }
    }

    @Test
    void noPairIsReferredToWhenTheTextToldNoneOrMoreThanTwoTogether() {
        String reference = "Following their meeting in Tokyo, the two leaders dined together.";
        Extraction apart = ExtractorTest.extract(PUBLISHED, "Kenyan President William Ruto praised Japanese Prime Minister Fumio "
                + "Kishida's budget on Thursday. " + reference);
        assertTrue(apart.contacts().isEmpty(), "people named apart are no pair: " + apart.contacts());
        Extraction three = ExtractorTest.extract(PUBLISHED, "Kenyan President William Ruto, Japanese Prime Minister Fumio Kishida and "
                + "German Chancellor Olaf Scholz signed a debt accord on Thursday. " + reference);
        assertTrue(three.contacts().isEmpty(), "three people told together are no pair: " + three.contacts());
    }

    @Test
    void theirIsThePairsOnlyWhenItOwnsTheContactNotWhenItOwnsThePeopleWhoMet() {
        for (String others : List.of("Their aides met in Geneva on Tuesday to draft it.",
                "Their foreign ministers held talks in Geneva on Tuesday.",
                "Their wives met at a gallery in Tokyo.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, PAIR + " " + others);
            assertTrue(ContactRulesTest.find(e, ContactType.MEETING, KISHIDA, RUTO).isEmpty(), others + ": " + e.contacts());
        }
    }

    @Test
    void theTalksOfAPairWhoseCallTheTextReportsAreThatCall() {
        Extraction call = ExtractorTest.extract(PUBLISHED, "Kenyan President William Ruto and Japanese Prime Minister Fumio Kishida "
                + "spoke by phone on Thursday. Aides said their talks dwelt on debt.");
        assertTrue(!anyMeeting(call), "their talks were the call: " + call.contacts());
    }

    @Test
    void aStateVisitWithoutItsVisitorIsTheVisitOfThePairsGuestFromAbroad() {
        Extraction e = ExtractorTest.extract(PUBLISHED, PAIR + " It was the high point of a state visit to Tokyo.");
        Contact visit = assertVisit(e, RUTO, "Tokyo", PUBLISHED, "the guest from abroad");
        assertEquals("Japan", visit.host().label());
        assertTrue(ContactRulesTest.find(e, ContactType.VISIT, KISHIDA).isEmpty(), "the host made no visit: " + e.contacts());
    }

    @Test
    void aStateVisitIsNoOnesWhenBothOfThePairAreAbroadOrNoPairWasTold() {
        Extraction abroad = ExtractorTest.extract(PUBLISHED, "Kenyan President William Ruto and German Chancellor Olaf Scholz signed a "
                + "debt accord on Thursday. It was the high point of a state visit to Tokyo.");
        assertTrue(abroad.contacts().stream().noneMatch(c -> c.type() == ContactType.VISIT), "two guests, no one visitor: " + abroad.contacts());
        Extraction unpaired = ExtractorTest.extract(PUBLISHED, "Kenyan President William Ruto signed a debt accord on Thursday. "
                + "It was the high point of a state visit to Tokyo.");
        assertTrue(unpaired.contacts().isEmpty(), "no pair, no visitor: " + unpaired.contacts());
    }

    @Test
    void aStateVisitDeniedOrOfSomeoneElseIsNoVisitOfThePair() {
        for (String other : List.of("Neither has made a state visit to Nairobi since 2020.",
                "The accord follows a state visit to Nairobi by King Charles last year.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, PAIR + " " + other);
            assertTrue(e.contacts().stream().noneMatch(c -> c.type() == ContactType.VISIT), other + ": " + e.contacts());
        }
    }

    @Test
    void talksAbroadJustAfterATripIsToldAreAStopOfThatTrip() {
        for (String trip : List.of("Ruto's tour of Europe in April 2024 was his longest.",
                "Ruto travelled across Europe in April 2024 to raise funds.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, "Kenyan President William Ruto has courted European lenders. " + trip
                    + " In Berlin, Olaf Scholz held talks with Ruto at the Chancellery.");
            ContactRulesTest.the(e, ContactType.MEETING, "Olaf Scholz", RUTO);
            assertVisit(e, RUTO, "Berlin", "2024-04", trip);
        }
    }

    @Test
    void aTripToldWithAPossessivePronounHasItsStopsToo() {
        for (String text : List.of("He was on his first tour of Europe in April 2024. In Berlin, Olaf Scholz held talks with Ruto at the Chancellery.",
                "Ruto, on his first tour of Europe in April 2024, held talks with Olaf Scholz in Berlin.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, "Kenyan President William Ruto has courted European lenders. " + text);
            assertVisit(e, RUTO, "Berlin", "2024-04", text);
        }
    }

    @Test
    void talksAbroadAreNoStopWithoutATripOrAtASummitOrWhereTheTripWentElsewhere() {
        String opening = "Kenyan President William Ruto has courted European lenders. ";
        for (String text : List.of("Ruto raised funds in April 2024. In Berlin, Olaf Scholz held talks with Ruto at the Chancellery.",
                "Ruto's tour of Europe in April 2024 was his longest. In Berlin, Olaf Scholz held talks with Ruto on the margins "
                        + "of the Berlin summit of G7 leaders.",
                "Ruto's trip to Paris in April 2024 was his longest. In Berlin, Olaf Scholz held talks with Ruto at the Chancellery.",
                "Ruto's return to favour in April 2024 reopened credit lines. In Berlin, Olaf Scholz held talks with Ruto at the Chancellery.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, opening + text);
            ContactRulesTest.the(e, ContactType.MEETING, "Olaf Scholz", RUTO);
            assertTrue(e.contacts().stream().noneMatch(c -> c.type() == ContactType.VISIT && "Berlin".equals(placeLabel(c))),
                    text + ": " + e.contacts());
        }
    }

    @Test
    void aGuestWhoLeftAVenueHadVisitedItsCityOnTheDayOfTheirContactThere() {
        for (String left : List.of("Talking to the press upon departing the Elysee, Lula said the talks had been useful.",
                "As he left the Elysee Palace, Lula told the press that the talks had been useful.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, "Brazilian President Luiz Inacio Lula da Silva held talks with French "
                    + "President Emmanuel Macron at the Elysee Palace yesterday. " + left);
            assertVisit(e, LULA, "Paris", "2024-05-15", left);
        }
    }

    @Test
    void leavingAVenueIsNoVisitForItsOwnPeopleNorWithoutAContactThere() {
        Extraction host = ExtractorTest.extract(PUBLISHED, "French President Emmanuel Macron held talks with Brazilian President Luiz "
                + "Inacio Lula da Silva at the Elysee Palace yesterday. Talking to the press upon departing the Elysee, Macron said the "
                + "talks had been useful.");
        assertTrue(ContactRulesTest.find(host, ContactType.VISIT, "Emmanuel Macron").isEmpty(), "Macron is at home there: " + host.contacts());
        Extraction undated = ExtractorTest.extract(PUBLISHED, "Brazilian President Luiz Inacio Lula da Silva has courted European buyers. "
                + "Talking to the press upon departing the Elysee, Lula said the trade talks had been useful.");
        assertTrue(undated.contacts().stream().noneMatch(c -> c.type() == ContactType.VISIT), "no contact there, no day: " + undated.contacts());
    }

    @Test
    void talksHeldAgainTellTheTalksOfTheVisitJustToldOfOneToTheOthersCountry() {
        for (String again : List.of("He and Japanese Prime Minister Fumio Kishida met again in Paris on Thursday.",
                "Japanese Prime Minister Fumio Kishida once again met Ruto in Paris on Thursday.",
                "Japanese Prime Minister Fumio Kishida and Ruto signed a port deal then. The pair met again in Paris on Thursday.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, "Kenyan President William Ruto visited Tokyo in February. " + again);
            Contact before = e.contacts().stream().filter(c -> c.type() == ContactType.MEETING && "Tokyo".equals(placeLabel(c)))
                    .findFirst().orElseThrow(() -> new AssertionError(again + ": " + e.contacts()));
            assertEquals(List.of(KISHIDA, RUTO), ContactRulesTest.labels(before));
            assertEquals(PartialDate.parse("2024-02"), before.date());
        }
    }

    @Test
    void talksNotHeldAgainOrOnlyPlannedOrAVisitToAThirdCountryTellNoEarlierTalks() {
        for (String text : List.of("Kenyan President William Ruto visited Tokyo in February. He and Japanese Prime Minister Fumio "
                        + "Kishida met in Paris on Thursday.",
                "Kenyan President William Ruto visited Tokyo in February. He and Japanese Prime Minister Fumio Kishida will meet again "
                        + "in Paris in June.",
                "Kenyan President William Ruto visited Seoul in February. He and Japanese Prime Minister Fumio Kishida met again in "
                        + "Paris on Thursday.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, text);
            assertTrue(e.contacts().stream().noneMatch(c -> c.type() == ContactType.MEETING && c.date() != null
                    && c.date().equals(PartialDate.parse("2024-02"))), text + ": " + e.contacts());
        }
    }

    @Test
    void aVisitWhoseNounAPossessiveLeavesOutIsTheSameKindOfVisitToTheSameHost() {
        Extraction e = ExtractorTest.extract(PUBLISHED, "Japanese Prime Minister Fumio Kishida hosted Kenyan President William Ruto on "
                + "Thursday. It was the fourth state visit of Mr. Kishida's tenure, following President Joe Biden's in April.");
        assertVisit(e, "Joe Biden", "Japan", "2024-04", "the host's country, at the time told");
    }

    @Test
    void noVisitIsElidedWithoutAHostsTermOrATimeOrWhenTheNounIsThere() {
        String hosted = "Japanese Prime Minister Fumio Kishida hosted Kenyan President William Ruto on Thursday. ";
        for (String text : List.of("It was a state visit, following President Joe Biden's in April.",
                "It was the fourth state visit of Mr. Kishida's tenure, following President Joe Biden's.",
                "It was the fourth state visit of Mr. Kishida's tenure, after President Joe Biden's Tokyo speech in April.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, hosted + text);
            assertTrue(ContactRulesTest.find(e, ContactType.VISIT, "Joe Biden").isEmpty(), text + ": " + e.contacts());
        }
    }

    @Test
    void aVisitMadeToMeetSomeoneOfTheCountryIsAMeetingWithThem() {
        for (String text : List.of("Kenyan President William Ruto stopped in Rome on Thursday to thank Prime Minister Giorgia Meloni.",
                "Kenyan President William Ruto flew to Rome on Thursday to meet with Prime Minister Giorgia Meloni.",
                "Kenyan President William Ruto stopped in the Italian capital in March to congratulate Giorgia Meloni on her budget.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, text);
            Contact met = ContactRulesTest.the(e, ContactType.MEETING, "Giorgia Meloni", RUTO);
            assertEquals("Rome", placeLabel(met), text);
        }
    }

    @Test
    void aVisitMadeToMeetSomeoneFromElsewhereOrOnlyHopedOrPlannedIsNoMeeting() {
        for (String text : List.of("Kenyan President William Ruto stopped in Rome in March to congratulate Olaf Scholz on his budget.",
                "Kenyan President William Ruto will stop in Rome next week to congratulate Giorgia Meloni on her budget.",
                "Kenyan President William Ruto flew to Rome on Thursday hoping to meet Prime Minister Giorgia Meloni, who was away.",
                "Kenyan President William Ruto flew to Rome on Thursday to meet Giorgia Meloni's ministers.",
                "Kenyan President William Ruto flew to Rome on Thursday in a failed bid to see Prime Minister Giorgia Meloni.",
                "Kenyan President William Ruto flew to Rome on Thursday but was unable to meet Prime Minister Giorgia Meloni.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, text);
            assertTrue(!anyMeeting(e), text + ": " + e.contacts());
        }
    }
}
