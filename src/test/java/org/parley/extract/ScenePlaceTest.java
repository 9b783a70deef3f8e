package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.clean.ArticleCleaner;
import org.parley.clean.Page;
import org.parley.model.Actor;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.Extraction;
import org.parley.model.Place;

/** A short sentence that sets the scene ("Let's start in Rome.") places the contact told in the next one. */
class ScenePlaceTest {
    private static final List<String> SCENES = List.of("Let's start in Rome.", "Now, Rome.", "First stop: Rome.",
            "MARTA LINDQVIST, HOST: Let us begin in Rome.", "On to Rome, then.");
    private static final List<String> CONTACTS = List.of(
            "The chancellor held talks with Prime Minister Giorgia Meloni on Tuesday.",
            "German Chancellor Olaf Scholz met Italian Prime Minister Giorgia Meloni on Tuesday after lunch.");

    private static Extraction read(String... paragraphs) {
        String page = "Europe this week\n\nMarch 14, 2024\n\nGerman Chancellor Olaf Scholz spent the week travelling.\n\n"
                + String.join("\n\n", paragraphs) + "\n";
        return Extractor.shared().extract(ArticleCleaner.clean(new Page("t.txt", "txt", Page.Markup.TEXT, page,
                Page.Supplied.NONE)));
    }

    private static String placeOfTalks(Extraction e) {
        Contact talks = e.contacts().stream().filter(c -> c.type() == ContactType.MEETING
                        && c.participants().stream().map(Actor::label).toList().contains("Giorgia Meloni")).findFirst()
                .orElseThrow(() -> new AssertionError("no talks with Meloni in " + e.contacts()));
        return talks.place() == null ? null : talks.place().label();
    }

    @Test
    void aSceneSentencePlacesTheContactOfTheNextOne() {
        for (String scene : SCENES) {
            for (String contact : CONTACTS) {
                assertEquals("Rome", placeOfTalks(read(scene + " " + contact)), scene + " " + contact);
            }
        }
    }

    @Test
    void aSentenceThatSaysMoreAboutAPlaceSetsNoScene() {
        for (String contact : CONTACTS) {
            Extraction e = read("Rome has seen protests over rising rents for most of the spring. " + contact);
            assertNotEquals("Rome", placeOfTalks(e), contact);
        }
    }
}
