package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.Extraction;

/** A leader who crossed the border on a day, and whose talks abroad the text reports, visited that country from that day. */
class BorderCrossingTest {
    private static final String PUBLISHED = "2024-05-16";

    private static Optional<Contact> visit(Extraction e) {
        return e.contacts().stream().filter(c -> c.type() == ContactType.VISIT
                && c.participants().stream().anyMatch(p -> p.label().equals("Narendra Modi"))).findFirst();
    }

    @Test
    void aCrossingBeforeTalksAbroadIsAVisitToTheirCountryDatedByTheCrossing() {
        for (String talks : List.of("He met President Vladimir Putin on Thursday at the Vostochny Cosmodrome.",
                "On Thursday he held talks with President Vladimir Putin in Russia's Far East.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, "Prime Minister Narendra Modi crossed the border by car on Wednesday.", talks);
            Contact v = visit(e).orElseThrow(() -> new AssertionError(talks + ": " + e.contacts()));
            assertEquals("Russia", v.place().label(), talks);
            assertEquals("2024-05-15", v.date().toString(), talks);
        }
    }

    @Test
    void aCrossingWithNoTalksAbroadOrByOthersIsNoVisit() {
        for (String text : List.of("Prime Minister Narendra Modi crossed the border by car on Wednesday. The drive took nine hours.",
                "Prime Minister Narendra Modi crossed the border by car on Wednesday. On Thursday he met President Droupadi Murmu in "
                        + "the Rashtrapati Bhavan.",
                "Russian troops crossed the border on Wednesday, Prime Minister Narendra Modi said. On Thursday Modi held talks with "
                        + "President Vladimir Putin in Russia's Far East.",
                "Our correspondent crossed the border on Wednesday. On Thursday Prime Minister Narendra Modi held talks with President "
                        + "Vladimir Putin in Russia's Far East.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, text);
            assertTrue(visit(e).isEmpty(), text + ": " + e.contacts());
        }
    }
}
