package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.link.Gazetteer;
import org.parley.link.Gazetteer.MatchKind;
import org.parley.link.Gazetteer.NameMatch;
import org.parley.link.Places;
import org.parley.model.Place;
import org.parley.nlp.EntitySpan;
import org.parley.rdf.Ids;

/**
 * Finds the places a sentence names and resolves each to a country or a place of the world place gazetteer: the
 * tagger's locations, country names, venues ("the Great Hall of the People"), capitals and cities the tagger missed,
 * and references such as "the Indian capital". A name that several places share goes to the one in a country the
 * article is about, else the most populous; a name the gazetteers lack stays a place of its own, as written.
 */
final class PlaceResolver {
    /** "the Indian capital", "the Ukrainian capital": the capital of the country the adjective names. */
    private static final Pattern ADJECTIVE_CAPITAL = Pattern.compile("\\b(?:the\\s+)?([A-Z][\\p{L}]+)\\s+capital\\b(?!\\s+[A-Z])");
    /**
     * Capitalised words, not starting with a preposition: one capitalised at a sentence's start ("In Almaty, ...")
     * or in a heading is no part of the name after it.
     */
    private static final Pattern CAPITALISED = Pattern.compile(
            "\\b(?!(?:In|At|To|From|Near|Outside|Into|Towards?|On|For|With|After|Before|During)\\b)\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}");
    /** Words after which a capitalised name that is a city of the gazetteer is that city ("landed in Kazan"). */
    private static final Pattern LOCATIVE = Pattern.compile(
            "(?i)\\b(in|at|to|from|near|outside|visited|visiting|toured|reached|into|towards?)\\s+(the\\s+(city|town|port|resort)\\s+of\\s+)?$");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final List<String> NER_PLACES = List.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    private final Gazetteer gazetteer;
    private final Places places;
    private final String text;
    private final List<NameMatch> matches;
    private final List<NameMatch> venues;
    /** The countries the article names, most named first: they settle namesakes ("Kazan" in a text about Russia). */
    private final List<String> articleCountries;

    PlaceResolver(Gazetteer gazetteer, Places places, String text, List<NameMatch> matches) {
        this.gazetteer = gazetteer;
        this.places = places;
        this.text = text;
        this.matches = matches;
        this.venues = places.scanVenues(text);
        Map<String, Long> counts = matches.stream()
                .filter(m -> (m.kind() == MatchKind.COUNTRY_NAME || m.kind() == MatchKind.COUNTRY_ADJECTIVE) && m.iris().size() == 1)
                .collect(Collectors.groupingBy(m -> iso3(m.iris().get(0)), LinkedHashMap::new, Collectors.counting()));
        this.articleCountries = counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    Places places() {
        return places;
    }

    /** The place a name stands for: a country, a gazetteer place, else a place of its own named as written. */
    Place resolve(String name) {
        String cleaned = cleaned(name);
        return known(cleaned).orElseGet(() -> new Place("place/" + Ids.slug(cleaned), cleaned, Place.Level.OTHER, null));
    }

    /** The country or gazetteer place a name stands for, if the gazetteers know it. */
    Optional<Place> known(String name) {
        String cleaned = cleaned(name);
        return places.resolve(cleaned, articleCountries);
    }

    /** Places in a sentence, in text order; where two overlap, the gazetteer's venue or the longer name wins. */
    List<PlaceMention> in(SentenceView sentence) {
        List<PlaceMention> found = new ArrayList<>();
        for (NameMatch venue : venues) {
            if (venue.start() >= sentence.start() && venue.end() <= sentence.end()) {
                places.byIri(venue.iris().get(0)).ifPresent(p -> found.add(new PlaceMention(venue.start(), venue.end(), p)));
            }
        }
        if (sentence.analysed() != null) {
            for (EntitySpan e : sentence.analysed().entities()) {
                if (NER_PLACES.contains(e.type())) {
                    add(found, new PlaceMention(e.begin(), e.end(), inCountryNamedBefore(resolve(e.text()), e.begin())));
                }
            }
        }
        for (NameMatch m : matches) {
            if (m.kind() == MatchKind.COUNTRY_NAME && m.start() >= sentence.start() && m.end() <= sentence.end()) {
                gazetteer.country(m.surface()).ifPresent(c -> add(found, new PlaceMention(m.start(), m.end(), Places.of(c))));
            }
        }
        Matcher capital = ADJECTIVE_CAPITAL.matcher(sentence.text());
        while (capital.find()) {
            int s = sentence.start() + capital.start();
            int e = sentence.start() + capital.end();
            gazetteer.country(capital.group(1)).flatMap(c -> places.capital(c.iso3()))
                    .ifPresent(p -> add(found, new PlaceMention(s, e, p)));
        }
        addMissedCities(sentence, found);
        found.sort(Comparator.comparingInt(PlaceMention::start));
        return found;
    }

    /**
     * A place the gazetteers lack, in the country a possessive or an adjective just before it names: "Russia's Far
     * East", "the Russian Far East". Any other place as it is.
     */
    private Place inCountryNamedBefore(Place place, int start) {
        if (place.level() != Place.Level.OTHER || place.country() != null) {
            return place;
        }
        return matches.stream().filter(m -> m.kind() == MatchKind.COUNTRY_NAME || m.kind() == MatchKind.COUNTRY_ADJECTIVE)
                .filter(m -> m.end() <= start && text.substring(m.end(), start).matches(m.kind() == MatchKind.COUNTRY_NAME ? "['’]s\\s+" : "\\s+"))
                .findFirst().flatMap(m -> gazetteer.country(m.surface()))
                .map(c -> new Place(place.key(), place.label(), place.level(), c.iso3())).orElse(place);
    }

    /**
     * Capitals the tagger missed ("visited Kyiv, Ukraine") anywhere, and other cities of the gazetteer after a word
     * that introduces a place ("landed in Kazan"), unless the words name a person or an organisation.
     */
    private void addMissedCities(SentenceView sentence, List<PlaceMention> found) {
        Matcher words = CAPITALISED.matcher(sentence.text());
        while (words.find()) {
            int s = sentence.start() + words.start();
            int e = sentence.start() + words.end();
            if (found.stream().anyMatch(p -> p.start() < e && s < p.end())
                    || matches.stream().anyMatch(m -> m.start() < e && s < m.end() && m.kind() != MatchKind.COUNTRY_NAME)) {
                continue;
            }
            boolean afterLocative = LOCATIVE.matcher(text.substring(Math.max(0, s - 40), s)).find();
            longestKnownPrefix(s, words.group())
                    .filter(p -> p.place().level() == Place.Level.CITY)
                    .filter(p -> afterLocative || gazetteer.countryByCapital(p.place().label()).isPresent())
                    .ifPresent(found::add);
        }
    }

    /** The gazetteer place named by capitalised words, or by their first words ("Kazan Tuesday" names "Kazan"). */
    private Optional<PlaceMention> longestKnownPrefix(int start, String words) {
        Matcher word = WORD.matcher(words);
        List<Integer> ends = new ArrayList<>();
        while (word.find()) {
            ends.add(word.end());
        }
        for (int n = ends.size() - 1; n >= 0; n--) {
            int end = ends.get(n);
            Optional<Place> place = places.resolve(words.substring(0, end), articleCountries).filter(p -> !p.isCountry());
            if (place.isPresent()) {
                return Optional.of(new PlaceMention(start, start + end, place.get()));
            }
        }
        return Optional.empty();
    }

    private static void add(List<PlaceMention> found, PlaceMention mention) {
        if (found.stream().noneMatch(p -> p.start() < mention.end() && mention.start() < p.end())) {
            found.add(mention);
        }
    }

    /** A name as a label: without a leading "the", title-cased when written in capitals ("SEOUL" in a dateline). */
    private static String cleaned(String name) {
        String t = name.replaceAll("^(?i:the)\\s+", "").replaceAll("\\s+", " ").trim();
        if (t.length() > 3 && t.equals(t.toUpperCase(Locale.ROOT))) {
            t = titleCase(t);
        }
        return t;
    }

    private static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder();
        for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }

    private static String iso3(String countryIri) {
        return countryIri.substring(countryIri.lastIndexOf('/') + 1);
    }
}
