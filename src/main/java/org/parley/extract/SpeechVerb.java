package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A verb of saying where it stands in the text, and how: a finite verb ("said"), a participle that goes on from a
 * clause (", adding that"), a phrase ("made clear"), or a channel quoting someone ("CCTV quoted Xi as saying", "he
 * was quoted as saying").
 *
 * @param start  where the verb (or phrase) begins
 * @param end    where it ends
 * @param verb   the verb and its use
 * @param form   how it stands
 * @param object for {@link Form#QUOTED_AS}, where the quoted person is named ("quoted |Xi| as"); for
 *               {@link Form#PASSIVE_QUOTED}, where the auxiliary begins ("he |was quoted as"); else -1
 * @param saying for the quoted forms, the verb of saying after "as" ("as |saying|"); else null
 */
record SpeechVerb(int start, int end, Speech.Verb verb, Form form, int object, SpeechVerb saying) {

    enum Form { FINITE, PARTICIPLE, PHRASE, QUOTED_AS, PASSIVE_QUOTED }

    private static final Pattern WORD = Pattern.compile("[\\p{L}’'-]+");
    private static final Pattern QUOTED_AS = Pattern.compile("\\s+(.{1,60}?)\\s+as\\s+([a-z]+ing)\\b");
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:was|were|been|is|are)\\s+(?:also\\s+|later\\s+|reportedly\\s+)?$");
    private static final Pattern PASSIVE_AS = Pattern.compile("(?:\\s+by\\s+[^,;]{1,60}?)?\\s+as\\s+([a-z]+ing)\\b");
    /** "called for", "called on X to", "called the treaty a breakthrough": not "called Putin on Tuesday to discuss a …". */
    private static final Pattern CALL_FOR = Pattern.compile(
            "\\s+(?:for|on|upon)\\b|\\s+(?:(?!(?:to|on|in|at|for|after|before|by|from|over)\\b)[\\w'’-]+\\s+){1,8}(?:a|an)\\s");
    private static final Pattern GOES_ON = Pattern.compile("(?:,\\s*(?:\\w+ly\\s+)?|\\band\\s+)$");
    /** Participles that go on from a clause without reporting words ("…, raising his voice"). */
    private static final java.util.Set<String> NOT_SAYING = java.util.Set.of("raising", "sharing", "extending", "updating", "asking",
            "reporting", "quoting", "posting");
    private static final Speech.Verb PHRASE_VERB = new Speech.Verb("phrase", Speech.Use.STANCE, false);

    /** The verbs of saying in text[from, to), leaving out words inside quotation marks. */
    static List<SpeechVerb> find(String text, int from, int to, IntPredicate quoted) {
        List<SpeechVerb> found = new ArrayList<>();
        Matcher word = WORD.matcher(text).region(from, to);
        int skipTo = from;
        while (word.find()) {
            int s = word.start();
            if (s < skipTo || quoted.test(s) || !Character.isLowerCase(text.charAt(s))) {
                continue;
            }
            int phraseEnd = Speech.phraseEnd(text, s);
            if (phraseEnd > 0 && phraseEnd <= to) {
                found.add(new SpeechVerb(s, phraseEnd, PHRASE_VERB, Form.PHRASE, -1, null));
                skipTo = phraseEnd;
                continue;
            }
            at(text, s, word.end(), to).ifPresent(v -> found.add(v));
        }
        return found;
    }

    private static Optional<SpeechVerb> at(String text, int s, int e, int to) {
        String w = text.substring(s, e);
        Optional<Speech.Verb> verb = Speech.verb(w);
        if (verb.isEmpty()) {
            return Optional.empty();
        }
        String lemma = verb.get().lemma();
        String before = text.substring(Math.max(0, s - 30), s);
        if (lemma.equals("quote")) {
            return quoted(text, s, e, to, verb.get(), before);
        }
        if (lemma.equals("call") && !CALL_FOR.matcher(text).region(e, to).lookingAt() || lemma.equals("point")) {
            return Optional.empty(); // "called Putin" is a phone call; "pointed" alone is no saying
        }
        if (Speech.isFinite(w) && !Speech.notSaid(before)) {
            return Optional.of(new SpeechVerb(s, e, verb.get(), Form.FINITE, -1, null));
        }
        if (Speech.isParticiple(w) && GOES_ON.matcher(before).find() && !NOT_SAYING.contains(w.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of(new SpeechVerb(s, e, verb.get(), Form.PARTICIPLE, -1, null));
        }
        return Optional.empty();
    }

    /** "CCTV quoted Xi as saying", "Xi was quoted by CCTV as saying"; "as quoted by" is a parenthesis, not a verb. */
    private static Optional<SpeechVerb> quoted(String text, int s, int e, int to, Speech.Verb verb, String before) {
        if (before.matches("(?s).*\\bas\\s+$")) {
            return Optional.empty();
        }
        Matcher auxiliary = PASSIVE.matcher(before);
        boolean passive = auxiliary.find();
        Matcher m = (passive ? PASSIVE_AS : QUOTED_AS).matcher(text).region(e, to);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int sayingStart = m.start(passive ? 1 : 2);
        int sayingEnd = m.end(passive ? 1 : 2);
        Optional<Speech.Verb> saying = Speech.verb(text.substring(sayingStart, sayingEnd));
        if (saying.isEmpty()) {
            return Optional.empty();
        }
        SpeechVerb inner = new SpeechVerb(sayingStart, sayingEnd, saying.get(), Form.PARTICIPLE, -1, null);
        int object = passive ? s - before.length() + auxiliary.start() : m.start(1);
        return Optional.of(new SpeechVerb(s, e, verb, passive ? Form.PASSIVE_QUOTED : Form.QUOTED_AS, object, inner));
    }
}
