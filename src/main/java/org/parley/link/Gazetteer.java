package org.parley.link;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.parley.rdf.Parley;

/**
 * The reference gazetteer (ontology/gazetteer.ttl): countries, organisations, offices, office holders
 * and their terms, with names, aliases and Wikidata IDs. Immutable and thread-safe once loaded.
 * Look-ups are case-insensitive and fold accents.
 */
public final class Gazetteer {

    /** Where {@link #standard()} finds the shipped gazetteer, and an optional local addition, on the classpath. */
    static final String STANDARD_RESOURCE = "/ontology/gazetteer.ttl";
    static final String LOCAL_RESOURCE = "/ontology/gazetteer-local.ttl";
    /** Names extra Turtle files to load with the standard gazetteer, separated by the path separator. */
    static final String EXTRA_ENV = "PARLEY_GAZETTEER_EXTRA";
    /** Wikidata's entity namespace; skos:exactMatch objects in it give the Q-ids. */
    static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private static final Map<Role, Resource> ROLE_RESOURCES = roleResources();

    private final Model model;
    private final Map<String, Country> countries = new TreeMap<>();
    private final Map<String, Organisation> organisations = new TreeMap<>();
    private final Map<String, Office> offices = new TreeMap<>();
    private final Map<String, Person> persons = new TreeMap<>();
    private final Map<String, List<Country>> countriesByName = new HashMap<>();
    private final Map<String, List<Country>> countriesByAdjective = new HashMap<>();
    private final Map<String, List<Country>> countriesByCapital = new HashMap<>();
    private final Map<String, List<Organisation>> organisationsByName = new HashMap<>();
    private final Map<String, List<Organisation>> channelsByName = new HashMap<>();
    private final Map<String, List<Organisation>> publishersByMasthead = new HashMap<>();
    private final Map<String, List<Person>> personsByName = new HashMap<>();
    private final Map<String, List<Person>> personsByFamilyName = new HashMap<>();
    private final Map<String, List<Office>> officesByCountryRole = new HashMap<>();
    /** Offices by the IRI of a building they are seated in (parley:seat). */
    private final Map<String, Office> officesBySeat = new HashMap<>();
    private final Map<String, List<Position>> positionsByOffice = new HashMap<>();
    private final NameTrie trie = new NameTrie();

    private static volatile Gazetteer standard;
    /** Why the standard gazetteer could not be loaded; kept so every caller gets the same clear message. */
    private static RuntimeException standardFailure;

    /**
     * The gazetteer shipped with Parley, loaded once per process from the classpath (/ontology/gazetteer.ttl), with
     * the classpath's /ontology/gazetteer-local.ttl and the files named in PARLEY_GAZETTEER_EXTRA.
     */
    public static Gazetteer standard() {
        Gazetteer loaded = standard;
        if (loaded == null) {
            synchronized (Gazetteer.class) {
                if (standard == null) {
                    if (standardFailure != null) {
                        throw standardFailure;
                    }
                    try {
                        standard = withExtras(System.getenv(EXTRA_ENV));
                    } catch (RuntimeException e) {
                        standardFailure = e;
                        throw e;
                    }
                }
                loaded = standard;
            }
        }
        return loaded;
    }

    /** A gazetteer from any model in the gazetteer schema (tests build small ones). */
    public static Gazetteer load(Model model) {
        Model copy = ModelFactory.createDefaultModel();
        copy.setNsPrefixes(model.getNsPrefixMap());
        copy.add(model);
        return new Gazetteer(copy);
    }

    /**
     * The shipped gazetteer, the classpath's gazetteer-local.ttl if there is one, and the Turtle files named in
     * {@code extraFiles} (the value of PARLEY_GAZETTEER_EXTRA: paths separated by the path separator; may be null).
     */
    static Gazetteer withExtras(String extraFiles) {
        Model model = ModelFactory.createDefaultModel();
        readResource(model, STANDARD_RESOURCE, true);
        readResource(model, LOCAL_RESOURCE, false);
        if (extraFiles != null) {
            for (String name : extraFiles.split(File.pathSeparator)) {
                if (!name.isBlank()) {
                    readFile(model, Path.of(name.strip()));
                }
            }
        }
        return new Gazetteer(model);
    }

    private static void readResource(Model model, String resource, boolean required) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("The gazetteer " + resource + " is not on the classpath");
                }
                return;
            }
            RDFDataMgr.read(model, in, Lang.TURTLE);
        } catch (IOException | RiotException e) {
            throw new IllegalStateException("Cannot read the gazetteer " + resource + ": " + e.getMessage(), e);
        }
    }

    private static void readFile(Model model, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(EXTRA_ENV + " names " + file + ", which is not a readable file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            RDFDataMgr.read(model, in, file.toUri().toString(), Lang.TURTLE);
        } catch (IOException | RiotException e) {
            throw new IllegalStateException("Cannot read the gazetteer file " + file + ": " + e.getMessage(), e);
        }
    }

    private Gazetteer(Model model) {
        this.model = ModelFactory.createModelForGraph(new GraphReadOnly(model.getGraph()));
        readCountries(model);
        readOrganisations(model);
        readOffices(model);
        readPersons(model);
        trie.seal();
    }

    /** The RDF it was loaded from, to be stored in the gazetteer named graph. */
    public Model model() {
        return model;
    }

    /** A country by name, alternative name, adjective, demonym, or ISO alpha-2/alpha-3 code. */
    /** The country whose capital this is ("Kyiv" gives Ukraine). */
    public Optional<Country> countryByCapital(String place) {
        return unique(countriesByCapital.get(Names.key(place)));
    }

    public Optional<Country> country(String name) {
        String key = Names.key(name);
        List<Country> byName = countriesByName.get(key);
        return unique(byName != null ? byName : countriesByAdjective.get(key));
    }

    /** An organisation by name, acronym or alias ("NATO", "North Atlantic Treaty Organization"). */
    public Optional<Organisation> organisation(String name) {
        return unique(organisationsByName.get(Names.key(name)));
    }

    /**
     * A channel (a news agency, broadcaster or newspaper: a parley:Outlet) by name or alias ("CCTV", "China Central
     * Television"). Channels are organisations, but the name scan leaves them out: they report contacts, they are not
     * parties to them.
     */
    public Optional<Organisation> channel(String name) {
        return unique(channelsByName.get(Names.key(name)));
    }

    /**
     * The outlet whose own pages carry this line at their head ("Ministry of External Affairs" on the Indian
     * ministry's site): a page that opens with its masthead was published there.
     */
    public Optional<Organisation> publisherByMasthead(String line) {
        return unique(publishersByMasthead.get(Names.key(line)));
    }

    /** True for an outlet that is some country's own site, known by the masthead its pages carry. */
    public boolean hasMasthead(Organisation outlet) {
        return publishersByMasthead.values().stream().anyMatch(list -> list.contains(outlet));
    }

    /** Every name and alias of a channel, for finding them in text. */
    public List<String> channelNames() {
        return channelsByName.values().stream().flatMap(List::stream).flatMap(o -> o.names().stream()).distinct().sorted().toList();
    }

    /** Persons whose label or alias equals the name ("Sergey Shoigu", "Sergei Shoigu", "Xi Jinping"). */
    public List<Person> personsByName(String name) {
        return personsByName.getOrDefault(Names.key(name), List.of());
    }

    /** Persons with this family name ("Putin", "Li" — several may share one). */
    public List<Person> personsByFamilyName(String familyName) {
        return personsByFamilyName.getOrDefault(Names.key(familyName), List.of());
    }

    /** The office of a given role in a country ("CHN", Role.DEFENCE_MINISTER). */
    public Optional<Office> office(String countryIso3, Role role) {
        List<Office> found = officesByCountryRole.get(countryRoleKey(countryIso3, role));
        return found == null ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Who held the office on that date (usually one; none when the gazetteer does not know). */
    public List<Position> holders(String officeIri, LocalDate date) {
        return positionsByOffice.getOrDefault(officeIri, List.of()).stream().filter(p -> p.covers(date)).toList();
    }

    /**
     * Every occurrence in the text of any gazetteer surface form (person names and aliases, family names of
     * persons, country names, adjectives and demonyms, organisation names, office titles), on word boundaries,
     * case-sensitively on the forms as written (proper nouns keep their capitals) and on their accent-folded
     * forms. Where matches overlap, the longest wins; results are in text order.
     */
    public List<NameMatch> scan(String text) {
        return trie.scan(text);
    }

    /** Every country, by IRI. */
    public List<Country> countries() {
        return List.copyOf(countries.values());
    }

    /** Every organisation, by IRI. */
    public List<Organisation> organisations() {
        return List.copyOf(organisations.values());
    }

    /** Every office, by IRI. */
    public List<Office> offices() {
        return List.copyOf(offices.values());
    }

    /** Every person, by IRI. */
    public List<Person> persons() {
        return List.copyOf(persons.values());
    }

    /** The office seated in a building ("the White House": the President of the United States), if any. */
    public Optional<Office> officeSeatedAt(String placeIri) {
        return Optional.ofNullable(officesBySeat.get(placeIri));
    }

    /** An office by IRI. */
    public Optional<Office> officeByIri(String iri) {
        return Optional.ofNullable(offices.get(iri));
    }

    /** A person by IRI. */
    public Optional<Person> personByIri(String iri) {
        return Optional.ofNullable(persons.get(iri));
    }

    // ------------------------------------------------------------------------------------------ reading

    private void readCountries(Model source) {
        for (Resource resource : subjects(source, Parley.Country)) {
            String iri = resource.getURI();
            String iso3 = required(resource, Parley.isoAlpha3);
            String iso2 = single(resource, Parley.isoAlpha2);
            List<String> names = names(resource);
            List<String> adjectives = sorted(literals(resource, Parley.adjective));
            List<String> demonyms = sorted(literals(resource, Parley.demonym));
            Country country = new Country(iri, iso3, iso2, names.get(0), wikidata(resource), names, adjectives,
                    demonyms, capital(resource));
            countries.put(iri, country);
            for (String name : names) {
                index(countriesByName, name, country);
                trie.add(name, MatchKind.COUNTRY_NAME, iri);
            }
            index(countriesByName, iso3, country);
            if (iso2 != null) {
                index(countriesByName, iso2, country);
            }
            for (String adjective : concat(adjectives, demonyms)) {
                index(countriesByAdjective, adjective, country);
                trie.add(adjective, MatchKind.COUNTRY_ADJECTIVE, iri);
            }
            if (country.capital() != null) {
                index(countriesByCapital, country.capital(), country);
            }
        }
    }

    private void readOrganisations(Model source) {
        for (Resource resource : subjects(source, Parley.Organisation)) {
            String iri = resource.getURI();
            List<String> names = names(resource);
            Organisation organisation = new Organisation(iri, names.get(0), wikidata(resource), names, countryIso3(resource));
            for (String masthead : literals(resource, Parley.masthead)) {
                index(publishersByMasthead, masthead, organisation);
            }
            organisations.put(iri, organisation);
            boolean channel = resource.hasProperty(RDF.type, Parley.Outlet) || resource.hasProperty(RDF.type, Parley.NewsAgency);
            for (String name : names) {
                if (channel) {
                    index(channelsByName, name, organisation);
                } else {
                    index(organisationsByName, name, organisation);
                    trie.add(name, MatchKind.ORGANISATION, iri);
                }
            }
        }
    }

    /** The ISO alpha-3 code of the resource's parley:country, or null when it names none; countries are read first. */
    private String countryIso3(Resource resource) {
        Resource countryResource = object(resource, Parley.country);
        if (countryResource == null) {
            return null;
        }
        Country country = countries.get(countryResource.getURI());
        if (country == null) {
            throw invalid(resource, "names a parley:country that is not in the gazetteer: " + countryResource);
        }
        return country.iso3();
    }

    private void readOffices(Model source) {
        Map<Resource, Role> roles = new HashMap<>();
        ROLE_RESOURCES.forEach((role, resource) -> roles.put(resource, role));
        for (Resource resource : subjects(source, Parley.Office)) {
            String iri = resource.getURI();
            String label = names(resource).get(0);
            Role role = null;
            Resource roleResource = object(resource, Parley.role);
            if (roleResource != null) {
                role = roles.get(roleResource);
                if (role == null) {
                    throw invalid(resource, "has an unknown parley:role " + roleResource);
                }
            }
            String iso3 = countryIso3(resource);
            List<String> titles = sorted(literals(resource, Parley.title));
            Office office = new Office(iri, label, iso3, role, titles, wikidata(resource));
            offices.put(iri, office);
            for (RDFNode seat : resource.listProperties(Parley.seat).mapWith(st -> st.getObject()).toList()) {
                officesBySeat.put(seat.asResource().getURI(), office);
            }
            if (iso3 != null && role != null) {
                officesByCountryRole.computeIfAbsent(countryRoleKey(iso3, role), k -> new ArrayList<>()).add(office);
            }
            for (String title : concat(List.of(label), titles)) {
                trie.add(title, MatchKind.OFFICE_TITLE, iri);
            }
        }
    }

    private void readPersons(Model source) {
        for (Resource resource : subjects(source, Parley.Person)) {
            String iri = resource.getURI();
            List<String> names = names(resource);
            List<String> familyNames = sorted(literals(resource, Parley.familyName));
            List<Position> positions = new ArrayList<>();
            for (RDFNode node : resource.listProperties(Parley.positionHeld).mapWith(s -> s.getObject()).toList()) {
                if (!node.isResource()) {
                    throw invalid(resource, "has a parley:positionHeld that is not a resource: " + node);
                }
                positions.add(position(iri, node.asResource()));
            }
            positions.sort(Comparator.comparing(Position::start));
            Person person = new Person(iri, names.get(0), wikidata(resource), names,
                    familyName(names.get(0), familyNames), positions);
            persons.put(iri, person);
            for (String name : names) {
                index(personsByName, name, person);
                trie.add(name, MatchKind.PERSON_NAME, iri);
            }
            for (String familyName : familyNames) {
                index(personsByFamilyName, familyName, person);
                trie.add(familyName, MatchKind.FAMILY_NAME, iri);
            }
            for (Position position : positions) {
                positionsByOffice.computeIfAbsent(position.officeIri(), k -> new ArrayList<>()).add(position);
            }
        }
        positionsByOffice.replaceAll((office, positions) -> positions.stream()
                .sorted(Comparator.comparing(Position::start)).toList());
    }

    private Position position(String personIri, Resource resource) {
        Resource office = object(resource, Parley.office);
        if (office == null) {
            throw invalid(resource, "has no parley:office");
        }
        if (!offices.containsKey(office.getURI())) {
            throw invalid(resource, "names a parley:office that is not in the gazetteer: " + office);
        }
        LocalDate start = date(resource, Parley.startDate);
        if (start == null) {
            throw invalid(resource, "has no parley:startDate");
        }
        LocalDate end = date(resource, Parley.endDate);
        if (end != null && end.isBefore(start)) {
            throw invalid(resource, "ends (" + end + ") before it starts (" + start + ")");
        }
        return new Position(personIri, office.getURI(), start, end);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static Map<Role, Resource> roleResources() {
        Map<Role, Resource> roles = new EnumMap<>(Role.class);
        roles.put(Role.HEAD_OF_STATE, Parley.HeadOfState);
        roles.put(Role.HEAD_OF_GOVERNMENT, Parley.HeadOfGovernment);
        roles.put(Role.FOREIGN_MINISTER, Parley.ForeignMinister);
        roles.put(Role.DEFENCE_MINISTER, Parley.DefenceMinister);
        roles.put(Role.FOREIGN_MINISTRY_SPOKESPERSON, Parley.ForeignMinistrySpokesperson);
        roles.put(Role.DEFENCE_MINISTRY_SPOKESPERSON, Parley.DefenceMinistrySpokesperson);
        roles.put(Role.GOVERNMENT_SPOKESPERSON, Parley.GovernmentSpokesperson);
        roles.put(Role.SENIOR_AIDE, Parley.SeniorAide);
        roles.put(Role.NATIONAL_SECURITY_ADVISER, Parley.NationalSecurityAdviser);
        return roles;
    }

    private static String countryRoleKey(String iso3, Role role) {
        return iso3.toUpperCase(Locale.ROOT) + "/" + role;
    }

    private static List<Resource> subjects(Model source, Resource type) {
        List<Resource> subjects = new ArrayList<>();
        for (Resource subject : source.listSubjectsWithProperty(RDF.type, type).toList()) {
            if (!subject.isURIResource()) {
                throw new IllegalArgumentException("Gazetteer: a blank node is typed " + type.getLocalName()
                        + "; every gazetteer entity needs an IRI");
            }
            subjects.add(subject);
        }
        subjects.sort(Comparator.comparing(Resource::getURI));
        return subjects;
    }

    private static <T> void index(Map<String, List<T>> index, String name, T value) {
        List<T> values = index.computeIfAbsent(Names.key(name), k -> new ArrayList<>(1));
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    /** The one entity a name stands for; none when the name is unknown or ambiguous ("Congolese"). */
    private static <T> Optional<T> unique(List<T> found) {
        return found != null && found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The preferred label first, then the alternative labels, without repeats. */
    private static List<String> names(Resource resource) {
        List<String> preferred = literals(resource, SKOS.prefLabel);
        if (preferred.isEmpty()) {
            throw invalid(resource, "has no skos:prefLabel");
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(preferred.size() == 1 ? preferred.get(0) : english(resource, SKOS.prefLabel, preferred));
        names.addAll(sorted(preferred));
        names.addAll(sorted(literals(resource, SKOS.altLabel)));
        return List.copyOf(names);
    }

    private static String english(Resource resource, Property property, List<String> values) {
        return resource.listProperties(property).mapWith(s -> s.getObject()).filterKeep(RDFNode::isLiteral)
                .mapWith(RDFNode::asLiteral).filterKeep(l -> l.getLanguage().toLowerCase(Locale.ROOT).startsWith("en"))
                .mapWith(Literal::getLexicalForm).toList().stream().sorted().findFirst()
                .orElse(sorted(values).get(0));
    }

    /** The capital: the English-tagged value; untagged values are variant spellings (Kyiv, and Kiev). */
    private static String capital(Resource resource) {
        List<String> capitals = literals(resource, Parley.capital);
        return capitals.isEmpty() ? null : english(resource, Parley.capital, capitals);
    }

    /** The family name the label ends with, if any ("Volodymyr Zelenskyy" → "Zelenskyy", not "Zelensky"). */
    private static String familyName(String label, List<String> familyNames) {
        String labelKey = Names.key(label);
        return familyNames.stream().filter(f -> labelKey.endsWith(" " + Names.key(f))).findFirst()
                .orElse(familyNames.isEmpty() ? null : familyNames.get(0));
    }

    private static List<String> literals(Resource resource, Property property) {
        List<String> values = new ArrayList<>();
        for (RDFNode node : resource.listProperties(property).mapWith(s -> s.getObject()).toList()) {
            if (!node.isLiteral()) {
                throw invalid(resource, "has a " + property.getLocalName() + " that is not a literal: " + node);
            }
            values.add(node.asLiteral().getLexicalForm().strip());
        }
        return values;
    }

    private static String single(Resource resource, Property property) {
        List<String> values = literals(resource, property);
        if (values.size() > 1) {
            throw invalid(resource, "has " + values.size() + " values of " + property.getLocalName() + ": " + values);
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static String required(Resource resource, Property property) {
        String value = single(resource, property);
        if (value == null) {
            throw invalid(resource, "has no " + property.getLocalName());
        }
        return value;
    }

    private static Resource object(Resource resource, Property property) {
        List<RDFNode> objects = resource.listProperties(property).mapWith(s -> s.getObject()).toList();
        if (objects.size() > 1) {
            throw invalid(resource, "has " + objects.size() + " values of " + property.getLocalName());
        }
        if (objects.isEmpty()) {
            return null;
        }
        if (!objects.get(0).isURIResource()) {
            throw invalid(resource, "has a " + property.getLocalName() + " that is not an IRI: " + objects.get(0));
        }
        return objects.get(0).asResource();
    }

    private static LocalDate date(Resource resource, Property property) {
        String value = single(resource, property);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(resource, "has a " + property.getLocalName() + " that is not a date: \"" + value + "\"");
        }
    }

    /** The Wikidata Q-id from skos:exactMatch wd:Q…, or null. */
    private static String wikidata(Resource resource) {
        List<String> ids = resource.listProperties(SKOS.exactMatch).mapWith(s -> s.getObject())
                .filterKeep(RDFNode::isURIResource).mapWith(n -> n.asResource().getURI())
                .filterKeep(uri -> uri.startsWith(WIKIDATA_ENTITY))
                .mapWith(uri -> uri.substring(WIKIDATA_ENTITY.length())).toList();
        if (ids.size() > 1) {
            throw invalid(resource, "has several Wikidata matches: " + ids);
        }
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static List<String> sorted(List<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static IllegalArgumentException invalid(Resource resource, String problem) {
        return new IllegalArgumentException("Gazetteer entry <" + resource.getURI() + "> " + problem);
    }

    // ------------------------------------------------------------------------------------------ types

    public enum Role {
        HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, DEFENCE_MINISTER,
        FOREIGN_MINISTRY_SPOKESPERSON, DEFENCE_MINISTRY_SPOKESPERSON, GOVERNMENT_SPOKESPERSON,
        SENIOR_AIDE, NATIONAL_SECURITY_ADVISER
    }

    public record Country(String iri, String iso3, String iso2, String label, String wikidata,
                          List<String> names, List<String> adjectives, List<String> demonyms, String capital) {
        public Country {
            names = List.copyOf(names);
            adjectives = List.copyOf(adjectives);
            demonyms = List.copyOf(demonyms);
        }
    }

    /** An organisation; {@code countryIso3} is the country it belongs to (a state broadcaster's, a ministry's site's), or null. */
    public record Organisation(String iri, String label, String wikidata, List<String> names, String countryIso3) {
        public Organisation {
            names = List.copyOf(names);
        }
    }

    public record Person(String iri, String label, String wikidata, List<String> names, String familyName,
                         List<Position> positions) {
        public Person {
            names = List.copyOf(names);
            positions = List.copyOf(positions);
        }
    }

    /** An office; countryIso3 and role are null for the offices of international organisations. */
    public record Office(String iri, String label, String countryIso3, Role role, List<String> titles,
                         String wikidata) {
        public Office {
            titles = List.copyOf(titles);
        }
    }

    /** A term in an office; end is null while the term runs. */
    public record Position(String personIri, String officeIri, LocalDate start, LocalDate end) {
        public boolean covers(LocalDate date) {
            return !date.isBefore(start) && (end == null || !date.isAfter(end));
        }
    }

    /** What a scanned form names; PLACE is a venue of the world place gazetteer ({@link Places#scanVenues}). */
    public enum MatchKind { PERSON_NAME, FAMILY_NAME, COUNTRY_NAME, COUNTRY_ADJECTIVE, ORGANISATION, OFFICE_TITLE, PLACE }

    /** One occurrence found by {@link #scan}: offsets into the scanned text and what the form can refer to. */
    public record NameMatch(int start, int end, String surface, MatchKind kind, List<String> iris) {
        public NameMatch {
            iris = List.copyOf(iris);
        }
    }
}
