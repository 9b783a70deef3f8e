package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.Extraction;

/** Places and hosts named in lists of one length, in turn: one meeting and one visit per place, with its own host. */
class ListsInTurnTest {

    private static Optional<Contact> meeting(Extraction e, String a, String b) {
        return e.contacts().stream().filter(c -> c.type() == ContactType.MEETING
                && c.participants().stream().map(Actor::label).sorted().toList().equals(List.of(a, b).stream().sorted().toList())).findFirst();
    }

    private static boolean placedAt(Optional<Contact> c, String place) {
        return c.isPresent() && c.get().place() != null && place.equals(c.get().place().label());
    }

    @Test
    void threePlacesAndThreeHostsInTurnAreThreeMeetings() {
        for (String lists : List.of("Paris, Berlin and Madrid, where Emmanuel Macron, Olaf Scholz and Pedro Sánchez",
                "Paris, Berlin, and Madrid, where Emmanuel Macron, Olaf Scholz, and Pedro Sánchez")) {
            Extraction e = ExtractorTest.extract("2023-06-20", "Japanese Prime Minister Fumio Kishida spent a week in Europe.",
                    "He was the guest of " + lists + " received him on successive days.");
            List<String> where = List.of("Paris", "Berlin", "Madrid");
            List<String> hosts = List.of("Emmanuel Macron", "Olaf Scholz", "Pedro Sánchez");
            for (int i = 0; i < 3; i++) {
                Contact m = meeting(e, "Fumio Kishida", hosts.get(i)).orElseThrow(() -> new AssertionError(lists + ": " + e.contacts()));
                assertEquals(where.get(i), m.place() == null ? null : m.place().label(), lists);
            }
        }
    }

    @Test
    void listsOfDifferentLengthsAreOneMeetingOfAll() {
        Extraction e = ExtractorTest.extract("2023-06-20", "Japanese Prime Minister Fumio Kishida spent a week in Europe.",
                "He was the guest of Paris, Berlin and Madrid, where Emmanuel Macron and Olaf Scholz received him on successive days.");
        boolean inTurn = placedAt(meeting(e, "Fumio Kishida", "Emmanuel Macron"), "Paris")
                && placedAt(meeting(e, "Fumio Kishida", "Olaf Scholz"), "Berlin");
        assertFalse(inTurn, "two hosts for three places are not named in turn: " + e.contacts());
    }
}
