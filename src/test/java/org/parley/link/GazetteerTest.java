package org.parley.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.link.Gazetteer.Country;
import org.parley.link.Gazetteer.MatchKind;
import org.parley.link.Gazetteer.NameMatch;
import org.parley.link.Gazetteer.Office;
import org.parley.link.Gazetteer.Person;
import org.parley.link.Gazetteer.Position;
import org.parley.link.Gazetteer.Role;
import org.parley.rdf.Parley;

class GazetteerTest {

    private static final String ID = Parley.ID;
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    /** The 193 member states of the United Nations, by ISO 3166-1 alpha-3 code. */
    private static final List<String> UN_MEMBERS = List.of(
            "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB",
            "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM",
            "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "COD", "CRI", "CIV", "HRV", "CUB", "CYP",
            "CZE", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN",
            "FRA", "GAB", "GMB", "GEO", "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN",
            "ISL", "IND", "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT",
            "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI",
            "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MDA", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU",
            "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "PRK", "MKD", "NOR", "OMN", "PAK", "PLW", "PAN", "PNG", "PRY",
            "PER", "PHL", "POL", "PRT", "QAT", "KOR", "ROU", "RUS", "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP",
            "SAU", "SEN", "SRB", "SYC", "SLE", "SGP", "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN",
            "SUR", "SWE", "CHE", "SYR", "TJK", "TZA", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV",
            "UGA", "UKR", "ARE", "GBR", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE");

    // ------------------------------------------------------------------------------------ the data

    @Test
    void theShippedTurtleParses() throws IOException {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.STANDARD_RESOURCE)) {
            assertNotNull(in, "gazetteer.ttl is on the classpath");
            RDFDataMgr.read(model, in, Lang.TURTLE);
        }
        assertTrue(model.size() > 5_000, "the gazetteer has " + model.size() + " triples");
        assertTrue(GAZETTEER.model().containsAll(model), "the standard gazetteer holds all of gazetteer.ttl");
    }

    @Test
    void everyUnMemberIsThereWithUniqueIsoCodes() {
        assertEquals(193, UN_MEMBERS.size());
        assertEquals(193, Set.copyOf(UN_MEMBERS).size());
        List<Country> countries = GAZETTEER.countries();
        assertTrue(countries.size() >= 193, countries.size() + " countries");
        Set<String> iso3 = new HashSet<>();
        Set<String> iso2 = new HashSet<>();
        for (Country country : countries) {
            assertTrue(iso3.add(country.iso3()), "duplicate ISO alpha-3 " + country.iso3());
            assertTrue(iso2.add(country.iso2()), "duplicate ISO alpha-2 " + country.iso2());
        }
        for (String member : UN_MEMBERS) {
            assertTrue(iso3.contains(member), "UN member " + member + " is missing");
            assertEquals(ID + "country/" + member, GAZETTEER.country(member).orElseThrow().iri());
        }
    }

    @Test
    void everyCountryHasCodesLabelAndAdjective() {
        for (Country country : GAZETTEER.countries()) {
            assertTrue(country.iso3().matches("[A-Z]{3}"), country.iri());
            assertTrue(country.iso2() != null && country.iso2().matches("[A-Z]{2}"), country.iri());
            assertFalse(country.label().isBlank(), country.iri());
            assertFalse(country.adjectives().isEmpty(), country.iri() + " has no adjective");
            assertNotNull(country.capital(), country.iri() + " has no capital");
            assertEquals(ID + "country/" + country.iso3(), country.iri());
        }
    }

    @Test
    void noWikidataIdIsGivenToTwoEntities() {
        Map<String, String> owners = new HashMap<>();
        List<String[]> linked = new ArrayList<>();
        GAZETTEER.countries().forEach(c -> linked.add(new String[] {c.wikidata(), c.iri()}));
        GAZETTEER.organisations().forEach(o -> linked.add(new String[] {o.wikidata(), o.iri()}));
        GAZETTEER.offices().forEach(o -> linked.add(new String[] {o.wikidata(), o.iri()}));
        GAZETTEER.persons().forEach(p -> linked.add(new String[] {p.wikidata(), p.iri()}));
        for (String[] entity : linked) {
            if (entity[0] != null) {
                assertTrue(entity[0].matches("Q[1-9][0-9]*"), entity[1] + " has a malformed Wikidata ID " + entity[0]);
                String previous = owners.put(entity[0], entity[1]);
                assertTrue(previous == null, entity[0] + " is given to " + previous + " and " + entity[1]);
            }
        }
        assertTrue(owners.size() > 190, "most countries are linked to Wikidata");
    }

    @Test
    void everyPositionIsInAKnownOfficeAndStartsBeforeItEnds() {
        int positions = 0;
        for (Person person : GAZETTEER.persons()) {
            assertFalse(person.positions().isEmpty(), person.iri() + " holds no position");
            for (Position position : person.positions()) {
                positions++;
                assertEquals(person.iri(), position.personIri());
                assertTrue(GAZETTEER.officeByIri(position.officeIri()).isPresent(), position.officeIri());
                assertTrue(position.end() == null || !position.end().isBefore(position.start()), position.toString());
            }
        }
        assertTrue(positions > 500, positions + " positions");
        for (Office office : GAZETTEER.offices()) {
            assertTrue(office.iri().startsWith(ID + "office/"), office.iri());
            assertFalse(office.titles().isEmpty(), office.iri() + " has no title");
        }
    }

    @Test
    void theOfficesOfTheG20AndOthersAreThere() {
        for (String iso3 : List.of("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR",
                "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA", "UKR", "IRN", "ISR", "PAK", "PRK", "ARE", "QAT", "KWT",
                "BHR", "OMN")) {
            for (Role role : List.of(Role.HEAD_OF_STATE, Role.FOREIGN_MINISTER, Role.DEFENCE_MINISTER)) {
                Office office = GAZETTEER.office(iso3, role).orElseThrow(() -> new AssertionError(iso3 + " " + role));
                assertEquals(iso3, office.countryIso3());
                assertEquals(role, office.role());
            }
        }
        assertEquals(ID + "office/CHN/defence-minister",
                GAZETTEER.office("CHN", Role.DEFENCE_MINISTER).orElseThrow().iri());
        assertEquals(ID + "office/USA/national-security-adviser",
                GAZETTEER.office("usa", Role.NATIONAL_SECURITY_ADVISER).orElseThrow().iri());
        assertTrue(GAZETTEER.office("USA", Role.HEAD_OF_GOVERNMENT).isEmpty(), "the US President is one office");
    }

    // ------------------------------------------------------------------------------------ look-ups

    @Test
    void putinXiAndBidenAreFoundByTheirAliasesAndLinkedToWikidata() {
        assertEquals("Q7747", onlyPerson("Vladimir Vladimirovich Putin").wikidata());
        assertEquals("Q7747", onlyPerson("vladimir putin").wikidata());
        assertEquals("Q15031", onlyPerson("Xi Jinping").wikidata());
        assertEquals("Q6279", onlyPerson("Joseph R. Biden, Jr.").wikidata());
        assertEquals("Q6279", onlyPerson("Joe Biden").wikidata());
        assertEquals(ID + "person/vladimir-putin", GAZETTEER.personsByFamilyName("Putin").get(0).iri());
        assertEquals("Putin", onlyPerson("Vladimir Putin").familyName());
    }

    @Test
    void putinHoldsTwoTermsInEachOfTwoOffices() {
        Person putin = onlyPerson("Vladimir Putin");
        List<Position> positions = putin.positions();
        assertEquals(4, positions.size(), positions.toString());
        assertEquals(ID + "office/RUS/head-of-government", positions.get(0).officeIri());
        assertEquals(LocalDate.of(1999, 8, 16), positions.get(0).start());
        assertEquals(ID + "office/RUS/head-of-state", positions.get(3).officeIri());
        assertEquals(LocalDate.of(2012, 5, 7), positions.get(3).start());
        assertEquals(null, positions.get(3).end());
        assertThrows(UnsupportedOperationException.class, () -> positions.add(positions.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> putin.names().clear());
    }

    @Test
    void holdersAreThoseWhoseTermCoversTheDate() {
        LocalDate date = LocalDate.of(2023, 4, 16);
        assertEquals(List.of(ID + "person/li-shangfu"),
                holderIris(GAZETTEER.office("CHN", Role.DEFENCE_MINISTER).orElseThrow(), date));
        assertEquals(List.of(ID + "person/sergei-shoigu"),
                holderIris(GAZETTEER.office("RUS", Role.DEFENCE_MINISTER).orElseThrow(), date));
        Office russianPresident = GAZETTEER.office("RUS", Role.HEAD_OF_STATE).orElseThrow();
        assertEquals(List.of(ID + "person/dmitry-medvedev"), holderIris(russianPresident, LocalDate.of(2010, 1, 1)));
        assertEquals(List.of(ID + "person/vladimir-putin"), holderIris(russianPresident, LocalDate.of(2012, 5, 8)));
        assertEquals(2, holderIris(russianPresident, LocalDate.of(2012, 5, 7)).size(), "both hold office on the day it passes");
        assertTrue(GAZETTEER.holders(ID + "office/CHN/defence-minister", LocalDate.of(2023, 11, 15)).isEmpty(),
                "nobody held the office between Li Shangfu's removal and Dong Jun's appointment");
        assertTrue(GAZETTEER.holders(ID + "office/XXX/nothing", date).isEmpty());
    }

    @Test
    void transliterationsAndAccentsFindTheSamePerson() {
        Person shoigu = onlyPerson("Sergei Shoigu");
        assertEquals(shoigu, onlyPerson("Sergey Shoigu"));
        assertEquals(shoigu, onlyPerson("  SERGEI   SHOIGU "));
        Person erdogan = onlyPerson("Recep Tayyip Erdoğan");
        assertEquals(erdogan, onlyPerson("Recep Tayyip Erdogan"));
        assertEquals(List.of(erdogan), GAZETTEER.personsByFamilyName("Erdogan"));
        assertEquals(onlyPerson("Volodymyr Zelenskyy"), GAZETTEER.personsByFamilyName("Zelensky").get(0));
        assertEquals("Zelenskyy", onlyPerson("Vladimir Zelensky").familyName());
    }

    @Test
    void sharedFamilyNamesReturnEveryCandidate() {
        Set<String> lis = new HashSet<>();
        GAZETTEER.personsByFamilyName("Li").forEach(p -> lis.add(p.iri()));
        assertTrue(lis.containsAll(Set.of(ID + "person/li-shangfu", ID + "person/li-keqiang", ID + "person/li-qiang")),
                lis.toString());
        assertTrue(GAZETTEER.personsByFamilyName("Nobodyknowsme").isEmpty());
    }

    @Test
    void countriesByNameCodeAdjectiveAndDemonym() {
        String usa = ID + "country/USA";
        for (String name : List.of("United States", "the United States", "U.S.", "US", "USA", "America", "American",
                "Americans", "us", "United States of America")) {
            assertEquals(usa, GAZETTEER.country(name).orElseThrow(() -> new AssertionError(name)).iri(), name);
        }
        assertEquals(ID + "country/TUR", GAZETTEER.country("Türkiye").orElseThrow().iri());
        assertEquals(ID + "country/TUR", GAZETTEER.country("Turkiye").orElseThrow().iri());
        assertEquals(ID + "country/RUS", GAZETTEER.country("RU").orElseThrow().iri());
        assertEquals(ID + "country/CHN", GAZETTEER.country("Chinese").orElseThrow().iri());
        assertEquals(ID + "country/PRK", GAZETTEER.country("DPRK").orElseThrow().iri());
        assertEquals("Kyiv", GAZETTEER.country("Ukraine").orElseThrow().capital());
        assertEquals("Q159", GAZETTEER.country("Russian Federation").orElseThrow().wikidata());
        assertTrue(GAZETTEER.country("Congolese").isEmpty(), "an adjective two countries share names neither");
        assertTrue(GAZETTEER.country("Atlantis").isEmpty());
    }

    @Test
    void organisationsByNameAndAcronym() {
        assertEquals(ID + "org/nato", GAZETTEER.organisation("NATO").orElseThrow().iri());
        assertEquals(ID + "org/nato", GAZETTEER.organisation("North Atlantic Treaty Organization").orElseThrow().iri());
        assertEquals(ID + "org/eu", GAZETTEER.organisation("the EU").orElseThrow().iri());
        assertEquals(ID + "org/unsc", GAZETTEER.organisation("UN Security Council").orElseThrow().iri());
        for (String org : List.of("un", "nato", "eu", "european-commission", "european-council", "sco", "brics",
                "asean", "g7", "g20", "au", "opec", "osce", "who", "iaea", "arab-league", "gcc", "csto", "eaeu", "apec",
                "quad", "aukus", "imf", "world-bank", "wto", "council-of-europe", "oic", "unga")) {
            assertTrue(GAZETTEER.organisations().stream().anyMatch(o -> o.iri().equals(ID + "org/" + org)), org);
        }
    }

    // ------------------------------------------------------------------------------------ scan

    @Test
    void scanFindsTitlesNamesCountriesAndOrganisationsWithOffsets() {
        String text = "Russian President Vladimir Putin met Chinese Defence Minister Li Shangfu and NATO's chief in the US";
        List<NameMatch> matches = GAZETTEER.scan(text);
        assertEquals(List.of("Russian President", "Vladimir Putin", "Chinese Defence Minister", "Li Shangfu", "NATO",
                "US"), matches.stream().map(NameMatch::surface).toList());
        assertEquals(List.of(MatchKind.OFFICE_TITLE, MatchKind.PERSON_NAME, MatchKind.OFFICE_TITLE,
                MatchKind.PERSON_NAME, MatchKind.ORGANISATION, MatchKind.COUNTRY_NAME),
                matches.stream().map(NameMatch::kind).toList());
        for (NameMatch match : matches) {
            assertEquals(match.surface(), text.substring(match.start(), match.end()));
        }
        assertEquals(18, matches.get(1).start());
        assertEquals(List.of(ID + "office/RUS/head-of-state"), matches.get(0).iris());
        assertEquals(List.of(ID + "person/vladimir-putin"), matches.get(1).iris());
        assertEquals(List.of(ID + "office/CHN/defence-minister"), matches.get(2).iris());
        assertEquals(List.of(ID + "org/nato"), matches.get(4).iris());
        assertEquals(text.length(), matches.get(5).end());
        assertEquals(List.of(ID + "country/USA"), matches.get(5).iris());
    }

    @Test
    void scanKeepsToWordsAndCapitals() {
        List<NameMatch> matches = GAZETTEER.scan("Let us talk about Romania, Omani oil and chinese food in Oman.");
        assertEquals(List.of("Romania", "Omani", "Oman"), matches.stream().map(NameMatch::surface).toList());
        assertEquals(MatchKind.COUNTRY_ADJECTIVE, matches.get(1).kind());
        assertEquals(List.of(ID + "country/OMN"), matches.get(2).iris());
    }

    @Test
    void scanFoldsAccentsStopsAtPossessivesAndReportsEveryCandidate() {
        List<NameMatch> matches = GAZETTEER.scan("Putin's talks with Erdogan; Li said Wang Yi and the foreign minister agreed.");
        assertEquals(List.of("Putin", "Erdogan", "Li", "Wang Yi", "foreign minister"),
                matches.stream().map(NameMatch::surface).toList());
        assertEquals(0, matches.get(0).start());
        assertEquals(5, matches.get(0).end());
        assertEquals(MatchKind.FAMILY_NAME, matches.get(1).kind());
        assertEquals(List.of(ID + "person/recep-tayyip-erdogan"), matches.get(1).iris());
        assertTrue(matches.get(2).iris().size() >= 3, "every Li: " + matches.get(2).iris());
        assertEquals(MatchKind.OFFICE_TITLE, matches.get(4).kind());
        assertTrue(matches.get(4).iris().contains(ID + "office/CHN/foreign-minister"));
        assertTrue(GAZETTEER.scan("").isEmpty());
    }

    @Test
    void scanPrefersTheLongestForm() {
        List<NameMatch> matches = GAZETTEER.scan("Guinea-Bissau and the Democratic Republic of the Congo; Guinea.");
        assertEquals(List.of("Guinea-Bissau", "Democratic Republic of the Congo", "Guinea"),
                matches.stream().map(NameMatch::surface).toList());
        assertEquals(List.of(ID + "country/GNB"), matches.get(0).iris());
        assertEquals(List.of(ID + "country/COD"), matches.get(1).iris());
    }

    // ------------------------------------------------------------------------------------ loading

    private static final String SMALL = """
            @base <https://w3id.org/parley/id/> .
            @prefix parley: <https://w3id.org/parley/ns#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix wd: <http://www.wikidata.org/entity/> .
            <country/ATL> a parley:Country ; skos:prefLabel "Atlantis"@en ; parley:adjective "Atlantean"@en ;
                parley:isoAlpha3 "ATL" ; parley:isoAlpha2 "AX" ; parley:capital "Poseidonia"@en, "Posidonia" .
            <office/ATL/head-of-state> a parley:Office ; skos:prefLabel "King of Atlantis"@en ;
                parley:role parley:HeadOfState ; parley:country <country/ATL> ; parley:title "King"@en .
            <person/ann-example> a parley:Person ; skos:prefLabel "Ann Example"@en ; skos:altLabel "Anne Exemple"@en ;
                parley:familyName "Example", "Exemple" ; skos:exactMatch wd:Q42 ;
                parley:positionHeld <position/ann-example/ATL-head-of-state/2001-02-03> .
            <position/ann-example/ATL-head-of-state/2001-02-03> a parley:PositionHeld ;
                parley:office <office/ATL/head-of-state> ; parley:startDate "2001-02-03"^^xsd:date .
            """;

    @Test
    void loadsAnyModelInTheSchema() {
        Gazetteer small = Gazetteer.load(parse(SMALL));
        assertEquals(1, small.countries().size());
        Country atlantis = small.country("atlantean").orElseThrow();
        assertEquals("Poseidonia", atlantis.capital());
        Person ann = onlyPerson(small, "Anne Exemple");
        assertEquals("Q42", ann.wikidata());
        assertEquals("Example", ann.familyName());
        Office king = small.office("ATL", Role.HEAD_OF_STATE).orElseThrow();
        assertEquals(List.of(ann.iri()), small.holders(king.iri(), LocalDate.of(2026, 1, 1)).stream()
                .map(Position::personIri).toList());
        assertTrue(small.holders(king.iri(), LocalDate.of(2001, 2, 2)).isEmpty());
        assertEquals(List.of("Ann Example"), small.scan("Queen Ann Example of Atlantis").stream()
                .filter(m -> m.kind() == MatchKind.PERSON_NAME).map(NameMatch::surface).toList());
        assertThrows(RuntimeException.class,
                () -> small.model().add(ResourceFactory.createResource("urn:x"), RDF.type, Parley.Person));
    }

    @Test
    void badEntriesAreReportedByIri() {
        String noStart = SMALL.replace("parley:startDate \"2001-02-03\"^^xsd:date", "parley:endDate \"2002-01-01\"^^xsd:date");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.load(parse(noStart)));
        assertTrue(missing.getMessage().contains("position/ann-example/ATL-head-of-state/2001-02-03"), missing.getMessage());
        assertTrue(missing.getMessage().contains("startDate"), missing.getMessage());

        String unknownOffice = SMALL.replace("parley:office <office/ATL/head-of-state> ;", "parley:office <office/ATL/nothing> ;");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.load(parse(unknownOffice)));
        assertTrue(unknown.getMessage().contains("office/ATL/nothing"), unknown.getMessage());
    }

    @Test
    void extraFilesAreLoadedWithTheStandardGazetteer(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("extra.ttl");
        Files.writeString(extra, SMALL.replace("2001-02-03", "2011-02-03"));
        Gazetteer extended = Gazetteer.withExtras("  " + extra + " ");
        assertEquals("Q42", onlyPerson(extended, "Ann Example").wikidata());
        assertEquals("Q7747", onlyPerson(extended, "Vladimir Putin").wikidata());
        assertEquals(GAZETTEER.countries().size() + 1, extended.countries().size());

        Path missing = dir.resolve("missing.ttl");
        IllegalStateException notThere = assertThrows(IllegalStateException.class,
                () -> Gazetteer.withExtras(missing.toString()));
        assertTrue(notThere.getMessage().contains(missing.toString()), notThere.getMessage());

        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, "<a> <b> .");
        IllegalStateException unreadable = assertThrows(IllegalStateException.class,
                () -> Gazetteer.withExtras(broken.toString()));
        assertTrue(unreadable.getMessage().contains(broken.toString()), unreadable.getMessage());
    }

    @Test
    void theStandardGazetteerIsBuiltOnce() {
        assertTrue(Gazetteer.standard() == GAZETTEER);
    }

    // ------------------------------------------------------------------------------------ helpers

    private static Person onlyPerson(String name) {
        return onlyPerson(GAZETTEER, name);
    }

    private static Person onlyPerson(Gazetteer gazetteer, String name) {
        List<Person> found = gazetteer.personsByName(name);
        assertEquals(1, found.size(), name + ": " + found);
        return found.get(0);
    }

    private static List<String> holderIris(Office office, LocalDate date) {
        return GAZETTEER.holders(office.iri(), date).stream().map(Position::personIri).toList();
    }

    private static Model parse(String turtle) {
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new StringReader(turtle), null, Lang.TURTLE);
        return model;
    }
}
