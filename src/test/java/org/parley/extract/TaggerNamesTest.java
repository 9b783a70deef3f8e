package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.Extraction;

/** The tagger's person names are names: a fronted place after a sentence's end is not one ("Europe. In Kazan"). */
class TaggerNamesTest {

    @Test
    void aFrontedPlaceAfterASentenceIsNoPersonWhateverEndsTheSentenceBefore() {
        List<String> before = List.of("The meeting that counted most took place far from Europe.", "Most of the attention went elsewhere in May.",
                "The talks that mattered came later.", "Then the focus shifted to Asia.");
        List<String> places = List.of("Kazan", "Busan", "Tashkent", "Hanoi");
        for (String opening : before) {
            for (String place : places) {
                for (String separator : List.of(" ", "\n\n")) {
                    String[] paragraphs = separator.isBlank() && separator.length() > 1
                            ? new String[] {"Chinese President Xi Jinping travelled widely in 2024.", opening, "In " + place
                                    + ", on 23 October 2024, Xi and Narendra Modi held their first formal talks in five years."}
                            : new String[] {"Chinese President Xi Jinping travelled widely in 2024.", opening + " In " + place
                                    + ", on 23 October 2024, Xi and Narendra Modi held their first formal talks in five years."};
                    Extraction e = ExtractorTest.extract("2024-11-02", paragraphs);
                    String told = String.join(" | ", paragraphs);
                    assertTrue(e.actors().stream().map(Actor::label).noneMatch(l -> l.contains(place)), told + ": " + e.actors());
                    Contact talks = e.contacts().stream().filter(c -> c.type() == ContactType.MEETING).findFirst()
                            .orElseThrow(() -> new AssertionError(told + ": " + e.contacts()));
                    assertEquals(List.of("Narendra Modi", "Xi Jinping"), talks.participants().stream().map(Actor::label).sorted().toList(), told);
                    assertEquals(place, talks.place() == null ? null : talks.place().label(), told);
                }
            }
        }
    }

    @Test
    void namesWithInitialsAndAbbreviationsStayNames() {
        for (String name : List.of("J. D. Vance", "Kim Jong Un", "St. John Smith", "Mary-Ann O'Neill")) {
            assertFalse(ActorResolver.notAName(name), name);
        }
        for (String span : List.of("Europe. In Kazan", "May.\n\nIn Kazan", "In Kazan", "On Sunday Lavrov")) {
            assertTrue(ActorResolver.notAName(span), span);
        }
    }
}
