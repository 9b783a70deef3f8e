package org.parley.extract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.model.Actor;

/**
 * The two people the recent text tells together, whom "their talks", "the two leaders" or "both men" refer to:
 * "Ruto and Kishida signed a debt accord on Thursday. It was the fourth such accord of Kishida's tenure, following
 * Scholz's in February. Following their meeting, both men ..." refers to Ruto and Kishida, not to the Kishida and Scholz the sentence
 * between them names apart. A stretch of text tells two people together when a word that joins them ("and", "with",
 * "met", ...) or the comma of a list stands between a mention of one and the next mention of the other. The newest
 * stretch that tells any people together decides: exactly two of them make the pair; more are no pair. A possessor
 * ("Scholz's in February") is named in another role and is passed over; a stretch that names two people or more apart
 * ("Xi landed in Belgrade, and Vučić was waiting") tells no pair together, and stops the search.
 */
final class ContextPair {
    /** The most a joining word may have around it between the two mentions: "Lula and Brazil's guest, Albanese". */
    private static final int MAX_BETWEEN = 80;
    /** "Meloni's", "Lula da Silva’s": a name as the possessor of what follows it. */
    static final Pattern POSSESSOR = Pattern.compile("^['’](?:s\\b|(?=\\s))");
    /** "Lula, Albanese and Meloni", "Lula, Australian Prime Minister Albanese": a comma of a list, titles at most after it. */
    private static final Pattern LIST_COMMA = Pattern.compile("^\\s*,\\s*(?:\\p{Lu}[\\p{L}'’.-]*\\s+)*$");

    private ContextPair() {
    }

    /**
     * The pair, or nothing.
     *
     * @param text       the body text the mentions point into
     * @param newestFirst the mentions of each stretch (the sentence up to the reference, then the sentences before it)
     * @param together   what joins two people told together
     */
    static List<Actor> of(String text, List<List<ActorMention>> newestFirst, Pattern together) {
        for (List<ActorMention> mentions : newestFirst) {
            List<ActorMention> people = mentions.stream().filter(ActorMention::isPerson)
                    .filter(m -> !POSSESSOR.matcher(text).region(m.end(), text.length()).lookingAt())
                    .sorted(Comparator.comparingInt(ActorMention::start)).toList();
            Map<String, Actor> joined = joinedPeople(text, people, together);
            if (!joined.isEmpty()) {
                return joined.size() == 2 ? List.copyOf(joined.values()) : List.of();
            }
            if (people.stream().map(m -> m.actor().key()).distinct().count() >= 2) {
                return List.of();
            }
        }
        return List.of();
    }

    /** The people of one stretch (in text order) that a joining word puts together with the next other person it names. */
    private static Map<String, Actor> joinedPeople(String text, List<ActorMention> people, Pattern together) {
        Map<String, Actor> joined = new LinkedHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            ActorMention one = people.get(i);
            people.stream().skip(i + 1L).filter(m -> !m.actor().key().equals(one.actor().key())).findFirst()
                    .filter(next -> next.start() >= one.end() && next.start() - one.end() <= MAX_BETWEEN
                            && joins(text.substring(one.end(), next.start()), together))
                    .ifPresent(next -> {
                        joined.putIfAbsent(one.actor().key(), one.actor());
                        joined.putIfAbsent(next.actor().key(), next.actor());
                    });
        }
        return joined;
    }

    private static boolean joins(String between, Pattern together) {
        return together.matcher(between).find() || LIST_COMMA.matcher(between).matches();
    }
}
