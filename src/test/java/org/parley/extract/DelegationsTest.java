package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.Extraction;

/** A meeting told without its people, whose people a list of the sides of the table beside it names. */
class DelegationsTest {
    private static final String PUBLISHED = "2024-05-16";
    private static final List<String> TABLE = List.of("Arjun Mehta", "Liu Chen", "Subrahmanyam Jaishankar", "Wang Yi");
    private static final String SIDES = "On the Indian side, Foreign Minister Subrahmanyam Jaishankar, flanked by the negotiator Arjun Mehta. "
            + "Facing them, Foreign Minister Wang Yi and Liu Chen, who advises President Xi Jinping on border affairs.";

    private static List<Contact> meetings(Extraction e) {
        return e.contacts().stream().filter(c -> c.type() == ContactType.MEETING).toList();
    }

    private static Optional<Contact> atTheTable(Extraction e) {
        return meetings(e).stream().filter(c -> c.participants().stream().map(Actor::label).sorted().toList().equals(TABLE)).findFirst();
    }

    @Test
    void aMeetingToldWithoutItsPeopleHasThePeopleListedSideBySideInTheNextParagraph() {
        for (String told : List.of("Senior officials of India and China met today in Geneva for the first time in two years.",
                "The talks took place today in Geneva, the first in two years.",
                "Indian and Chinese negotiators resumed formal talks after a two-year pause. The meeting was held today in Geneva.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, told, SIDES + " They met at a lakeside villa for five hours.");
            Contact meeting = atTheTable(e).orElseThrow(() -> new AssertionError(told + ": " + e.contacts()));
            assertEquals("2024-05-16", meeting.date().toString(), told);
            assertEquals("Geneva", meeting.place() == null ? null : meeting.place().label(), told);
            assertEquals(1, meetings(e).size(), told + ": one meeting, told three times: " + e.contacts());
            assertEquals("IND", meeting.participants().stream().filter(p -> p.label().equals("Arjun Mehta")).findFirst().orElseThrow().country(),
                    "a member of the Indian side is Indian");
        }
    }

    @Test
    void theyAfterAListOfTheSidesAreThePeopleListed() {
        Extraction e = ExtractorTest.extract(PUBLISHED, SIDES + " They met at a lakeside villa outside Geneva for five hours.");
        assertTrue(atTheTable(e).isPresent(), e.contacts().toString());
        assertTrue(meetings(e).stream().flatMap(c -> c.participants().stream()).noneMatch(p -> p.label().equals("Xi Jinping")),
                "the leader an adviser serves was not at the table");
    }

    @Test
    void officialsOfAnotherCountryAfterTheListAreAnotherTable() {
        Extraction e = ExtractorTest.extract(PUBLISHED, SIDES + " American officials met Taliban envoys in Doha on Monday.");
        assertTrue(meetings(e).stream().noneMatch(c -> c.place() != null && c.place().label().equals("Doha")), e.contacts().toString());
    }

    @Test
    void companionsTheGazetteerLacksJoinTheMeetingJustReported() {
        Extraction e = ExtractorTest.extract(PUBLISHED, "Foreign Minister Subrahmanyam Jaishankar met Foreign Minister Wang Yi in Geneva today.",
                "Jaishankar was accompanied by the negotiator Arjun Mehta, while Wang was joined by Liu Chen.");
        assertTrue(meetings(e).stream().anyMatch(c -> c.participants().stream().map(Actor::label).toList().containsAll(TABLE)), e.contacts().toString());
    }

    @Test
    void noMeetingOfPeopleListedOnOneSideFarAwayOrForAMeetingToCome() {
        Extraction oneSide = ExtractorTest.extract(PUBLISHED, "The talks took place today in Geneva.",
                "On the Indian side, Foreign Minister Subrahmanyam Jaishankar, flanked by the negotiator Arjun Mehta.");
        assertTrue(meetings(oneSide).isEmpty(), "one side met nobody: " + oneSide.contacts());
        Extraction farAway = ExtractorTest.extract(PUBLISHED, "The talks took place today in Geneva.",
                "The weather in the city was mild for the season.", "Markets were calm.", SIDES);
        assertTrue(meetings(farAway).isEmpty(), "a list two paragraphs on is another matter: " + farAway.contacts());
        Extraction planned = ExtractorTest.extract(PUBLISHED, "The talks will take place next week in Geneva.", SIDES);
        assertTrue(meetings(planned).isEmpty(), "a meeting to come is no contact: " + planned.contacts());
        Extraction later = ExtractorTest.extract(PUBLISHED, SIDES + " The weather was mild. Markets were calm. Prices fell.",
                "They met again at a lakeside villa.");
        assertTrue(meetings(later).isEmpty(), "\"they\" sentences after the list are not its people: " + later.contacts());
    }
}
