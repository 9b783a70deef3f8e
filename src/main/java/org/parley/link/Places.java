package org.parley.link;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.parley.link.Gazetteer.MatchKind;
import org.parley.link.Gazetteer.NameMatch;
import org.parley.model.Place;
import org.parley.rdf.Parley;

/**
 * The world place gazetteer (ontology/places.ttl): cities, towns, regions and venues, each located in a place or a
 * country of the {@link Gazetteer}. Resolves a place name to its most likely place, and answers whether one place
 * lies within another. Immutable and thread-safe once loaded.
 */
public final class Places {
    static final String STANDARD_RESOURCE = "/ontology/places.ttl";

    private final Model model;
    private final Gazetteer gazetteer;
    private final Map<String, Entry> byIri = new HashMap<>();
    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final Map<String, Entry> capitals = new HashMap<>();
    private final NameTrie venues = new NameTrie();

    /** A place of the gazetteer with what choosing among namesakes needs. */
    private record Entry(Place place, String withinIri, long population, List<String> names) {
    }

    private static final class Holder {
        static final Places STANDARD = read(Gazetteer.standard());
    }

    /** The shipped world place gazetteer, over the standard gazetteer's countries; loaded once per process. */
    public static Places standard() {
        return Holder.STANDARD;
    }

    /** Places from any model in the places schema, over the given gazetteer's countries (tests build small ones). */
    public static Places load(Model model, Gazetteer gazetteer) {
        Model copy = ModelFactory.createDefaultModel();
        copy.add(model);
        return new Places(copy, gazetteer);
    }

    private static Places read(Gazetteer gazetteer) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Places.class.getResourceAsStream(STANDARD_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The place gazetteer " + STANDARD_RESOURCE + " is not on the classpath");
            }
            RDFDataMgr.read(model, in, Lang.TURTLE);
        } catch (IOException | RiotException e) {
            throw new IllegalStateException("Cannot read the place gazetteer " + STANDARD_RESOURCE + ": " + e.getMessage(), e);
        }
        return new Places(model, gazetteer);
    }

    private Places(Model model, Gazetteer gazetteer) {
        this.model = ModelFactory.createModelForGraph(new GraphReadOnly(model.getGraph()));
        this.gazetteer = gazetteer;
        Map<String, Gazetteer.Country> countries = new HashMap<>();
        gazetteer.countries().forEach(c -> countries.put(c.iri(), c));
        List<Resource> subjects = new ArrayList<>();
        for (Resource type : List.of(Parley.City, Parley.Region, Parley.Venue)) {
            subjects.addAll(model.listSubjectsWithProperty(RDF.type, type).toList());
        }
        Map<String, Resource> resources = new HashMap<>();
        subjects.forEach(r -> resources.put(r.getURI(), r));
        for (Resource r : subjects) {
            Resource within = r.getPropertyResourceValue(Parley.locatedIn);
            if (within == null || !resources.containsKey(within.getURI()) && !countries.containsKey(within.getURI())) {
                throw new IllegalArgumentException("Place gazetteer entry <" + r.getURI() + "> is not located in a known place or country");
            }
            String country = countryOf(r, resources, countries);
            Place.Level level = r.hasProperty(RDF.type, Parley.Venue) ? Place.Level.VENUE
                    : r.hasProperty(RDF.type, Parley.Region) ? Place.Level.REGION : Place.Level.CITY;
            List<String> names = new ArrayList<>();
            String label = r.getProperty(SKOS.prefLabel).getString();
            names.add(label);
            r.listProperties(SKOS.altLabel).forEach(s -> names.add(s.getString()));
            Statement population = r.getProperty(Parley.population);
            Entry entry = new Entry(new Place(r.getURI().substring(Parley.ID.length()), label, level, country),
                    within.getURI(), population == null ? 0 : population.getLong(), names);
            byIri.put(r.getURI(), entry);
            for (String name : names) {
                byName.computeIfAbsent(Names.key(name), k -> new ArrayList<>()).add(entry);
                if (level == Place.Level.VENUE) {
                    venues.add(name, MatchKind.PLACE, r.getURI());
                }
            }
            Resource capitalOf = r.getPropertyResourceValue(Parley.capitalOf);
            if (capitalOf != null) {
                capitals.merge(capitalOf.getURI(), entry, (a, b) -> a.population() >= b.population() ? a : b);
            }
        }
        venues.seal();
    }

    private static String countryOf(Resource place, Map<String, Resource> places, Map<String, Gazetteer.Country> countries) {
        Resource at = place;
        for (int depth = 0; depth < 8 && at != null; depth++) {
            Resource within = at.getPropertyResourceValue(Parley.locatedIn);
            if (within == null) {
                return null;
            }
            Gazetteer.Country country = countries.get(within.getURI());
            if (country != null) {
                return country.iso3();
            }
            at = places.get(within.getURI());
        }
        throw new IllegalArgumentException("Place gazetteer entry <" + place.getURI() + "> is located in a cycle of places");
    }

    /** The RDF it was loaded from, to be stored in the places named graph. */
    public Model model() {
        return model;
    }

    /** A country as a place: the country's own resource. */
    public static Place of(Gazetteer.Country country) {
        return new Place("country/" + country.iso3(), country.label(), Place.Level.COUNTRY, country.iso3());
    }

    /** A place by IRI: a gazetteer place, or a country. */
    public Optional<Place> byIri(String iri) {
        Entry entry = byIri.get(iri);
        if (entry != null) {
            return Optional.of(entry.place());
        }
        return gazetteer.countries().stream().filter(c -> c.iri().equals(iri)).findFirst().map(Places::of);
    }

    /**
     * The places a name can stand for, most likely first: a country by name; then cities, regions and venues of that
     * name, those in a preferred country first (the countries the text is about), then those spelt as written before
     * a folded namesake ("Bali" before "Bāli"), then the most populous.
     */
    public List<Place> candidates(String name, List<String> preferredCountries) {
        List<Place> found = new ArrayList<>();
        gazetteer.country(name).filter(c -> Names.key(name).equals(Names.key(c.label())) || c.names().stream()
                .anyMatch(n -> Names.key(n).equals(Names.key(name)))).map(Places::of).ifPresent(found::add);
        List<Entry> entries = new ArrayList<>(byName.getOrDefault(Names.key(name), List.of()));
        entries.sort(Comparator.comparing((Entry e) -> !preferredCountries.contains(e.place().country()))
                .thenComparing(e -> e.names().stream().noneMatch(n -> n.equalsIgnoreCase(name)))
                .thenComparing(Comparator.comparingLong(Entry::population).reversed())
                .thenComparing(e -> e.place().key()));
        entries.forEach(e -> found.add(e.place()));
        return found;
    }

    /** The most likely place of that name, if any. */
    public Optional<Place> resolve(String name, List<String> preferredCountries) {
        List<Place> found = candidates(name, preferredCountries);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The capital city of a country ("the Indian capital"). */
    public Optional<Place> capital(String countryIso3) {
        return gazetteer.countries().stream().filter(c -> c.iso3().equals(countryIso3)).findFirst()
                .flatMap(c -> Optional.ofNullable(capitals.get(c.iri())).map(Entry::place)
                        .or(() -> c.capital() == null ? Optional.empty() : resolve(c.capital(), List.of(c.iso3()))
                                .filter(p -> countryIso3.equals(p.country()))));
    }

    /** The place a place lies in directly (a venue's city; a city's country), if it is not a country. */
    public Optional<Place> parent(Place place) {
        Entry entry = byIri.get(Parley.ID + place.key());
        return entry == null ? Optional.empty() : byIri(entry.withinIri());
    }

    /** The city a venue stands for ("the Kremlin" for Moscow); the place itself for anything else. */
    public Place cityOf(Place place) {
        if (place.level() != Place.Level.VENUE) {
            return place;
        }
        Optional<Place> parent = parent(place);
        return parent.isPresent() && parent.get().level() != Place.Level.COUNTRY ? cityOf(parent.get()) : place;
    }

    /** True when {@code inner} is {@code outer} or lies (transitively) within it. */
    public boolean within(Place inner, Place outer) {
        if (inner.key().equals(outer.key())) {
            return true;
        }
        if (outer.level() == Place.Level.COUNTRY) {
            return outer.country().equals(inner.country());
        }
        Optional<Place> parent = parent(inner);
        return parent.isPresent() && within(parent.get(), outer);
    }

    /** Venues named in a text ("the Great Hall of the People"), as matches whose single IRI is the venue's. */
    public List<NameMatch> scanVenues(String text) {
        return venues.scan(text);
    }

    /** Every place of a level, for tests and statistics. */
    public List<Place> all(Place.Level level) {
        return byIri.values().stream().map(Entry::place).filter(p -> p.level() == level).toList();
    }
}
