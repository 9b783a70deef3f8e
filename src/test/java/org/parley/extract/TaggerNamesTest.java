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
        // Sentences of the project's own: a place phrase opens a sentence after one that ends in a capitalised word,
        // a month or a lower-case word, in one paragraph or after a paragraph break.
        List<String> before = List.of("Few expected much from the week in Asia.", "The calendar was crowded in March.",
                "Attention then turned south.", "Nothing was settled in Geneva.");
        List<String> places = List.of("Almaty", "Busan", "Tashkent", "Hanoi");
        for (String opening : before) {
            for (String place : places) {
                for (boolean ownParagraph : List.of(false, true)) {
                    String talks = "In " + place + ", on 9 March 2023, Anthony Albanese and Fumio Kishida held a long first meeting.";
                    String[] paragraphs = ownParagraph
                            ? new String[] {"Australian Prime Minister Anthony Albanese spent a week on the road.", opening, talks}
                            : new String[] {"Australian Prime Minister Anthony Albanese spent a week on the road.", opening + " " + talks};
                    Extraction e = ExtractorTest.extract("2023-03-20", paragraphs);
                    String told = String.join(" | ", paragraphs);
                    assertTrue(e.actors().stream().map(Actor::label).noneMatch(l -> l.contains(place)), told + ": " + e.actors());
                    Contact meeting = e.contacts().stream().filter(c -> c.type() == ContactType.MEETING).findFirst()
                            .orElseThrow(() -> new AssertionError(told + ": " + e.contacts()));
                    assertEquals(List.of("Anthony Albanese", "Fumio Kishida"), meeting.participants().stream().map(Actor::label).sorted().toList(), told);
                    assertEquals(place, meeting.place() == null ? null : meeting.place().label(), told);
                }
            }
        }
    }

    @Test
    void namesWithInitialsAndAbbreviationsStayNames() {
        for (String name : List.of("J. D. Vance", "Kim Jong Un", "St. John Smith", "Mary-Ann O'Neill", "Gen. Mark Milley",
                "Sen. Lindsey Graham", "Mrs. Jane Doe", "To Lam")) {
            assertFalse(ActorResolver.notAName(name), name);
        }
        for (String span : List.of("Europe. In Kazan", "May.\n\nIn Kazan", "In Kazan", "From Almaty Tokayev")) {
            assertTrue(ActorResolver.notAName(span), span);
        }
    }
}
