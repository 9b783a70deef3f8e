package org.parley.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.parley.model.Place;

/** The world place gazetteer: its shipped data, and how names resolve and places nest. */
class PlacesTest {
    private static final Places STANDARD = Places.standard();

    private static Place place(String name) {
        return STANDARD.resolve(name, List.of()).orElseThrow(() -> new AssertionError("no place named " + name));
    }

    @Test
    void theShippedDataHasCitiesOnEveryContinentEachInACountryOfTheGazetteer() {
        List<Place> cities = STANDARD.all(Place.Level.CITY);
        assertTrue(cities.size() > 5000, "cities: " + cities.size());
        for (Place city : cities) {
            assertTrue(Gazetteer.standard().countries().stream().anyMatch(c -> c.iso3().equals(city.country())),
                    city.key() + " lies in " + city.country());
        }
        for (String name : List.of("Nairobi", "Lima", "Jakarta", "Canberra", "Oslo", "Ulaanbaatar")) {
            assertEquals(Place.Level.CITY, place(name).level(), name);
        }
    }

    @Test
    void everyVenueStandsForACityOrLiesInACountry() {
        List<Place> venues = STANDARD.all(Place.Level.VENUE);
        assertTrue(venues.size() >= 30, "venues: " + venues.size());
        for (Place venue : venues) {
            Place city = STANDARD.cityOf(venue);
            assertTrue(city.level() == Place.Level.CITY || city.equals(venue), venue.key() + " stands for " + city.key());
            assertTrue(STANDARD.within(venue, Places.of(Gazetteer.standard().country(venue.country()).orElseThrow())),
                    venue.key() + " lies in its country");
        }
    }

    @Test
    void venuesStandForTheirCities() {
        assertEquals("place/RUS/moscow", STANDARD.cityOf(place("Kremlin")).key());
        assertEquals("place/CHN/beijing", STANDARD.cityOf(place("Great Hall of the People")).key());
        assertEquals("place/USA/washington", STANDARD.cityOf(place("Oval Office")).key());
        assertEquals("place/FRA/paris", STANDARD.cityOf(place("Elysee Palace")).key());
        assertEquals("place/GBR/london", STANDARD.cityOf(place("Downing Street")).key());
        // A site far from any listed city stands for itself.
        Place cosmodrome = place("Vostochny Cosmodrome");
        assertEquals(cosmodrome, STANDARD.cityOf(cosmodrome));
        assertEquals("RUS", cosmodrome.country());
    }

    @Test
    void placesNestFromVenueToCityToCountry() {
        Place russia = Places.of(Gazetteer.standard().country("Russia").orElseThrow());
        Place moscow = place("Moscow");
        assertTrue(STANDARD.within(place("Kremlin"), moscow));
        assertTrue(STANDARD.within(place("Kremlin"), russia));
        assertTrue(STANDARD.within(moscow, russia));
        assertTrue(STANDARD.within(place("Busan"), Places.of(Gazetteer.standard().country("South Korea").orElseThrow())));
        assertFalse(STANDARD.within(russia, moscow));
        assertFalse(STANDARD.within(place("Kyiv"), russia));
        assertFalse(STANDARD.within(place("Kremlin"), place("Beijing")));
    }

    @Test
    void aCountryNameIsTheCountryAndACapitalIsFoundByItsCountry() {
        Place ukraine = place("Ukraine");
        assertEquals(Place.Level.COUNTRY, ukraine.level());
        assertEquals("country/UKR", ukraine.key());
        assertEquals("place/IND/new-delhi", STANDARD.capital("IND").orElseThrow().key());
        assertEquals("place/KAZ/astana", STANDARD.capital("KAZ").orElseThrow().key(), "the capital by its current name");
    }

    @Test
    void englishNamesAndVariantsFindTheSameCity() {
        for (String[] names : List.of(new String[] {"Geneva", "Genève", "Genf"}, new String[] {"Kyiv", "Kiev"},
                new String[] {"Astana", "Nur-Sultan"}, new String[] {"Beijing", "Peking"}, new String[] {"Washington", "Washington, D.C."})) {
            Place first = place(names[0]);
            for (String variant : names) {
                assertEquals(first, place(variant), variant);
            }
        }
    }

    @Test
    void namesakesGoToTheCountryTheTextIsAboutElseToTheSpellingAsWrittenElseToTheMostPopulous() {
        Places places = Places.load(model("""
                <place/AAA/springfield> a parley:City ; skos:prefLabel "Springfield"@en ; parley:locatedIn <country/USA> ;
                    parley:region "Illinois"@en ; parley:population 114000 .
                <place/BBB/springfield> a parley:City ; skos:prefLabel "Springfield"@en ; parley:locatedIn <country/AUS> ;
                    parley:region "Queensland"@en ; parley:population 20000 .
                <place/CCC/bali> a parley:City ; skos:prefLabel "Bāli"@en ; parley:locatedIn <country/IND> ; parley:population 290000 .
                <place/DDD/bali> a parley:Region ; skos:prefLabel "Bali"@en ; parley:locatedIn <country/IDN> .
                """), Gazetteer.standard());
        assertEquals("USA", places.resolve("Springfield", List.of()).orElseThrow().country());
        assertEquals("AUS", places.resolve("Springfield", List.of("AUS", "NZL")).orElseThrow().country());
        assertEquals("IDN", places.resolve("Bali", List.of()).orElseThrow().country());
        assertEquals("IND", places.resolve("Bāli", List.of()).orElseThrow().country());
    }

    @Test
    void aPlaceOutsideAnyKnownPlaceOrCountryFailsTheLoadByName() {
        Model bad = model("<place/XXX/nowhere> a parley:City ; skos:prefLabel \"Nowhere\"@en ; parley:locatedIn <place/XXX/missing> .");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Places.load(bad, Gazetteer.standard()));
        assertTrue(e.getMessage().contains("place/XXX/nowhere"), e.getMessage());
    }

    @Test
    void venuesAreFoundInRunningTextWhateverTheirForm() {
        List<String> forms = List.of("the Great Hall of the People", "the Kremlin", "the Elysee Palace", "the Élysée",
                "Zhongnanhai", "Camp David", "Mar-a-Lago", "10 Downing Street", "the Oval Office", "the White House");
        for (String form : forms) {
            for (String frame : List.of("The two leaders met at %s on Monday.", "Talks at %s lasted three hours.",
                    "After lunch in %s, they spoke to reporters.")) {
                String text = String.format(frame, form);
                List<Gazetteer.NameMatch> found = STANDARD.scanVenues(text);
                assertEquals(1, found.size(), text);
                assertTrue(form.endsWith(found.get(0).surface()), text + " → " + found.get(0).surface());
            }
        }
        assertTrue(STANDARD.scanVenues("the white house on the corner").isEmpty(), "a venue's name is matched as written");
    }

    private static Model model(String turtle) {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader("""
                @base <https://w3id.org/parley/id/> .
                @prefix parley: <https://w3id.org/parley/ns#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                """ + turtle), null, "TTL");
        return model;
    }
}
