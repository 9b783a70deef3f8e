package org.parley.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.link.Gazetteer;
import org.parley.link.Gazetteer.MatchKind;
import org.parley.link.Gazetteer.NameMatch;

/**
 * The country a sentence ties a person the gazetteer lacks to: a country's role ("the US envoy Jane Roe", "Chile's
 * negotiator Jane Roe", "Jane Roe, a Peruvian diplomat"), the service of an office holder of a known country
 * ("Lula's adviser Jane Roe", "Jane Roe, Mr Lula's special envoy", "Jane Roe, an aide to President Lula", "Jane Roe,
 * who advises President Lula"), or the side of a table she is listed on ("On the Chilean side, ..., and Jane Roe").
 * Nothing is guessed: a country's name used as a noun before a role is the role's subject, not its country ("the
 * Ukraine envoy" serves another state).
 */
final class CountryTies {
    /** Roles of people who serve a state or its leader. */
    private static final String ROLE = "(?:envoy|emissary|advis[eo]r|aide|negotiator|diplomat|ambassador|representative|delegate|"
            + "spokes(?:person|man|woman)|official|minister|counsell?or|chief of staff|deputy|confidant)s?";
    /** Up to three words before the role: "special", "Middle East", "foreign-policy". */
    private static final String MODIFIERS = "(?:[\\p{L}-]+\\s+){0,3}?";
    private static final String COURTESY = "(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?";
    /** From a country's word or a holder's name to the person's name: "'s special envoy ", " negotiator, Mr ". */
    private static final Pattern ROLE_BEFORE_NAME = Pattern.compile("^(['’]s?)?\\s+" + MODIFIERS + ROLE + ",?\\s+" + COURTESY + "$");
    /** From the person's name to a country's word or a holder's name in apposition: ", the ", ", Mr ". */
    private static final Pattern APPOSITION_OPENING = Pattern.compile(
            "^,\\s+(?:(?:the|an?)\\s+)?(?:(?:Mr|Mrs|Ms|Dr|President|Prime Minister|Chancellor|Premier|King|Crown Prince)\\.?\\s+)?$");
    /**
     * After a country's word or a holder's name in apposition: "'s special envoy", " diplomat"; not a role that owns the
     * person's ("the Russian envoy's interpreter" serves the envoy, of no known country).
     */
    private static final Pattern ROLE_AFTER = Pattern.compile("^(['’]s?)?\\s+" + MODIFIERS + ROLE + "\\b(?!['’])");
    /** From the person's name to the holder served: ", foreign policy aide to President ", ", who advises ". */
    private static final Pattern SERVICE_OF = Pattern.compile(
            "^,\\s+(?:(?:(?:the|an?)\\s+)?" + MODIFIERS + ROLE + "\\s+(?:to|of)|who\\s+(?:advises|advised|serves|served|works for|worked for|represents|represented))"
                    + "\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}$");

    private final Gazetteer gazetteer;
    private final String text;

    CountryTies(Gazetteer gazetteer, String text) {
        this.gazetteer = gazetteer;
        this.text = text;
    }

    /**
     * The country (ISO alpha-3) the sentence ties each of its people to, for those of no known country.
     *
     * @param inSentence the gazetteer's matches in the sentence
     * @param found      the sentence's mentions
     */
    Map<ActorMention, String> tie(int start, int end, List<NameMatch> inSentence, List<ActorMention> found) {
        Map<ActorMention, String> tied = new LinkedHashMap<>();
        List<ActorMention> holders = found.stream().filter(m -> m.isPerson() && m.kind() != ActorMention.Kind.PRONOUN
                && m.actor().office() != null && m.actor().country() != null).toList();
        for (ActorMention person : found) {
            if (!unplaced(person)) {
                continue;
            }
            Optional<String> country = inSentence.stream().filter(m -> m.end() <= person.start())
                    .filter(m -> ROLE_BEFORE_NAME.matcher(text.substring(m.end(), person.start())).matches())
                    .map(this::statesCountry).flatMap(Optional::stream).findFirst()
                    .or(() -> holders.stream().filter(h -> h.end() <= person.start()
                                    && possessive(ROLE_BEFORE_NAME, text.substring(h.end(), person.start())))
                            .map(h -> h.actor().country()).findFirst())
                    .or(() -> inSentence.stream().filter(m -> m.start() >= person.end() && apposition(person, m.start())
                                    && ROLE_AFTER.matcher(text.substring(m.end(), Math.min(end, m.end() + 60))).lookingAt())
                            .map(this::statesCountry).flatMap(Optional::stream).findFirst())
                    .or(() -> holders.stream().filter(h -> h.start() >= person.end() && apposition(person, h.start())
                                    && possessive(ROLE_AFTER, text.substring(h.end(), Math.min(end, h.end() + 60))))
                            .map(h -> h.actor().country()).findFirst())
                    .or(() -> holders.stream().filter(h -> h.start() >= person.end()
                                    && SERVICE_OF.matcher(text.substring(person.end(), h.start())).matches())
                            .map(h -> h.actor().country()).findFirst());
            country.ifPresent(iso -> tied.put(person, iso));
        }
        for (Delegations.Side side : Delegations.sides(text, start, end, found)) {
            Optional<String> country = Optional.ofNullable(side.country()).flatMap(gazetteer::country).map(Gazetteer.Country::iso3);
            country.ifPresent(iso -> side.members().stream().filter(CountryTies::unplaced).forEach(m -> tied.putIfAbsent(m, iso)));
        }
        return tied;
    }

    /** A person the gazetteer lacks, named, whose country nothing gave yet. */
    private static boolean unplaced(ActorMention m) {
        return m.isPerson() && m.actor().wikidata() == null && m.actor().country() == null
                && (m.kind() == ActorMention.Kind.NAME || m.kind() == ActorMention.Kind.FAMILY_NAME);
    }

    private boolean apposition(ActorMention person, int at) {
        return APPOSITION_OPENING.matcher(text.substring(person.end(), at)).matches();
    }

    /** Whether the words follow a possessive: a holder's role is theirs only as "Lula's adviser". */
    private static boolean possessive(Pattern role, String words) {
        java.util.regex.Matcher m = role.matcher(words);
        return (m.matches() || m.lookingAt()) && m.group(1) != null;
    }

    /**
     * The country a word names as the role's own: an adjective ("Chilean", "US"), or a name as a possessive ("Chile's");
     * a name used as a noun ("the Ukraine envoy") names what the role is about.
     */
    private Optional<String> statesCountry(NameMatch word) {
        if (word.kind() != MatchKind.COUNTRY_ADJECTIVE && word.kind() != MatchKind.COUNTRY_NAME) {
            return Optional.empty();
        }
        Optional<Gazetteer.Country> country = gazetteer.country(word.surface());
        boolean possessive = text.startsWith("'s", word.end()) || text.startsWith("’s", word.end());
        boolean adjective = word.kind() == MatchKind.COUNTRY_ADJECTIVE
                || country.filter(c -> c.adjectives().stream().anyMatch(a -> a.equals(word.surface()))).isPresent();
        return possessive || adjective ? country.map(Gazetteer.Country::iso3) : Optional.empty();
    }
}
