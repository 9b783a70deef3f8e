package org.parley.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Place;

/**
 * The place a short sentence sets as the scene of the next one: "Let's start in Paris. The prime minister arrived on
 * Thursday ...", "Now, Washington. ...", "First stop: Nairobi. ...". Such a sentence names one place, nobody, and
 * little else; a sentence that says more about a place is about that place, not a stage for what follows.
 */
final class ScenePlace {
    /** "HOST:", "ELLIS:": a transcript's speaker label is no part of what the sentence says. */
    private static final Pattern SPEAKER_LABEL = Pattern.compile("^\\p{Lu}[\\p{Lu} ,.'’-]*:\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d'’]+");
    /** At most this many words besides the place: "let's start in", "now, on to", "first stop". */
    private static final int MAX_OTHER_WORDS = 4;

    private ScenePlace() {
    }

    /**
     * The place the sentence just before sets as the scene, if it is such a sentence.
     *
     * @param before the sentence just before the contact's
     * @param places the places it names
     */
    static Optional<Place> setBy(SentenceView before, List<PlaceMention> places) {
        Matcher label = SPEAKER_LABEL.matcher(before.text());
        int from = before.start() + (label.find() ? label.end() : 0);
        List<PlaceMention> said = places.stream().filter(p -> p.start() >= from).toList();
        if (said.size() != 1 || before.mentionsIn(from, before.end()).stream().anyMatch(ActorMention::isPerson)) {
            return Optional.empty();
        }
        PlaceMention place = said.get(0);
        String rest = before.slice(from, place.start()) + " " + before.slice(place.end(), before.end());
        return WORD.matcher(rest).results().count() <= MAX_OTHER_WORDS ? Optional.of(place.place()) : Optional.empty();
    }
}
