package org.parley.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;

/**
 * The reference gazetteer (ontology/gazetteer.ttl): countries, organisations, offices, office holders
 * and their terms, with names, aliases and Wikidata IDs. Immutable and thread-safe once loaded.
 * Look-ups are case-insensitive and fold accents.
 */
public final class Gazetteer {

    /** The gazetteer shipped with Parley, loaded once per process from the classpath (/ontology/gazetteer.ttl). */
    public static Gazetteer standard() {
        throw new UnsupportedOperationException("to be written");
    }

    /** A gazetteer from any model in the gazetteer schema (tests build small ones). */
    public static Gazetteer load(Model model) {
        throw new UnsupportedOperationException("to be written");
    }

    /** The RDF it was loaded from, to be stored in the gazetteer named graph. */
    public Model model() {
        throw new UnsupportedOperationException("to be written");
    }

    /** A country by name, alternative name, adjective, demonym, or ISO alpha-2/alpha-3 code. */
    public Optional<Country> country(String name) {
        throw new UnsupportedOperationException("to be written");
    }

    /** An organisation by name, acronym or alias ("NATO", "North Atlantic Treaty Organization"). */
    public Optional<Organisation> organisation(String name) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Persons whose label or alias equals the name ("Sergey Shoigu", "Sergei Shoigu", "Xi Jinping"). */
    public List<Person> personsByName(String name) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Persons with this family name ("Putin", "Li" — several may share one). */
    public List<Person> personsByFamilyName(String familyName) {
        throw new UnsupportedOperationException("to be written");
    }

    /** The office of a given role in a country ("CHN", Role.DEFENCE_MINISTER). */
    public Optional<Office> office(String countryIso3, Role role) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Who held the office on that date (usually one; none when the gazetteer does not know). */
    public List<Position> holders(String officeIri, LocalDate date) {
        throw new UnsupportedOperationException("to be written");
    }

    /**
     * Every occurrence in the text of any gazetteer surface form (person names and aliases, family names of
     * persons, country names, adjectives and demonyms, organisation names, office titles), on word boundaries,
     * case-sensitively on the forms as written (proper nouns keep their capitals) and on their accent-folded
     * forms. Where matches overlap, the longest wins; results are in text order.
     */
    public List<NameMatch> scan(String text) {
        throw new UnsupportedOperationException("to be written");
    }

    public enum Role {
        HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, DEFENCE_MINISTER,
        FOREIGN_MINISTRY_SPOKESPERSON, DEFENCE_MINISTRY_SPOKESPERSON, GOVERNMENT_SPOKESPERSON,
        SENIOR_AIDE, NATIONAL_SECURITY_ADVISER
    }

    public record Country(String iri, String iso3, String iso2, String label, String wikidata,
                          List<String> names, List<String> adjectives, List<String> demonyms, String capital) {
    }

    public record Organisation(String iri, String label, String wikidata, List<String> names) {
    }

    public record Person(String iri, String label, String wikidata, List<String> names, String familyName,
                         List<Position> positions) {
    }

    public record Office(String iri, String label, String countryIso3, Role role, List<String> titles,
                         String wikidata) {
    }

    /** A term in an office; end is null while the term runs. */
    public record Position(String personIri, String officeIri, LocalDate start, LocalDate end) {
        public boolean covers(LocalDate date) {
            return !date.isBefore(start) && (end == null || !date.isAfter(end));
        }
    }

    public enum MatchKind { PERSON_NAME, FAMILY_NAME, COUNTRY_NAME, COUNTRY_ADJECTIVE, ORGANISATION, OFFICE_TITLE }

    /** One occurrence found by {@link #scan}: offsets into the scanned text and what the form can refer to. */
    public record NameMatch(int start, int end, String surface, MatchKind kind, List<String> iris) {
    }
}
