package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Contact;
import org.parley.model.ContactType;
import org.parley.model.Extraction;

/** A person the gazetteer lacks is of the country the text ties them to, and only then a visitor by being somewhere. */
class CountryTiesTest {
    private static final String PUBLISHED = "2024-05-16"; // "last week" is in May

    private static Optional<Contact> visit(Extraction e) {
        return e.contacts().stream().filter(c -> c.type() == ContactType.VISIT
                && c.participants().stream().anyMatch(p -> p.label().equals("Daniel Whitmore"))).findFirst();
    }

    @Test
    void aPersonTiedToACountryOrToAnOfficeHoldersServiceIsOfThatCountry() {
        for (String tied : List.of("The US envoy Daniel Whitmore", "Britain's negotiator Daniel Whitmore",
                "Daniel Whitmore, a Canadian diplomat,", "Prime Minister Narendra Modi's special envoy Daniel Whitmore",
                "Daniel Whitmore, Mr Modi's special envoy,", "Daniel Whitmore, a senior aide to Prime Minister Narendra Modi,",
                "Daniel Whitmore, who advises Prime Minister Narendra Modi,")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, tied + " said the prisoner exchange was complete.",
                    "Whitmore had been in Moscow last week.");
            Contact v = visit(e).orElseThrow(() -> new AssertionError(tied + ": " + e.contacts()));
            assertEquals("Moscow", v.place().label(), tied);
            assertEquals("2024-05", v.date().toString(), tied);
        }
    }

    @Test
    void noCountryIsGuessedForAPersonTheTextTiesToNone() {
        for (String untied : List.of("Daniel Whitmore", "The Ukraine envoy Daniel Whitmore", "Daniel Whitmore, a critic of Prime Minister Narendra Modi,",
                "Daniel Whitmore, who met Prime Minister Narendra Modi,",
                "Daniel Whitmore, the Canadian envoy's interpreter,")) {
            Extraction e = ExtractorTest.extract(PUBLISHED, untied + " said the prisoner exchange was complete.",
                    "Whitmore had been in Moscow last week.");
            assertTrue(visit(e).isEmpty(), untied + ": " + e.contacts());
        }
    }
}
