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
        for (String talks : List.of("There he met President Vladimir Putin at the Vostochny Cosmodrome.",
                "He met President Vladimir Putin today in Russia's Far East.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, "Prime Minister Narendra Modi's special train crossed the border yesterday.",
                    talks);
            Contact v = visit(e).orElseThrow(() -> new AssertionError(talks + ": " + e.contacts()));
            assertEquals("Russia", v.place().label(), talks);
            assertEquals("2024-05-15", v.date().toString(), talks);
        }
    }

    @Test
    void aCrossingWithNoTalksAbroadIsNoVisit() {
        for (String after : List.of("The journey took two days.", "He met President Droupadi Murmu today in the Rashtrapati Bhavan.")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, "Prime Minister Narendra Modi's special train crossed the border yesterday.", after);
            assertTrue(visit(e).isEmpty(), after + ": " + e.contacts());
        }
    }
}
