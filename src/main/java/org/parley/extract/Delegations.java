package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Actor;
import org.parley.model.Contact;

/**
 * The people of a meeting listed side by side, as a correspondent tells who sat at the table: "On the Chilean side,
 * Foreign Minister A, flanked by B. Facing them, Foreign Minister C and his deputy D." A meeting told without its
 * people ("The talks took place today in Lima", "Senior officials of both countries met", "They met for three hours")
 * in the paragraph of such a list, or the one before it, had the people listed: those of two countries or more.
 */
final class Delegations {
    /** What opens one side of a table: "on the American side", "for Russia's side", "facing them", "across the table". */
    static final Pattern SIDE = Pattern.compile(
            "\\b(?:[Oo]n|[Ff]or) (?:the (\\p{Lu}[\\p{L}.]*) side|(\\p{Lu}[\\p{L}.]*)['’]s side)\\b"
                    + "|\\b(?:[Ff]acing|[Oo]pposite|[Aa]cross the table from) (?:them|him|her)\\b|\\b[Aa]cross the table\\b"
                    + "|\\b[Oo]n the other side(?: of the table)?\\b");
    /**
     * What makes a person named in a side's list someone else than its member: a relative clause ("C, who advises
     * President E") or a service ("D, an aide to E") opened before the name.
     */
    private static final Pattern SUBORDINATE = Pattern.compile("\\b(?:who|whom|whose|which|that)\\b|(?<!\\p{L})\\p{Ll}+\\s+(?:to|of|for|under)\\s");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s?\\b");
    /** "They met", "The talks lasted", "senior officials of both countries met": a subject that names nobody. */
    private static final Pattern UNNAMED_PEOPLE = Pattern.compile(
            "(?i)(?:^|[,;]\\s*|\\band\\s+)(?:they|the)\\s+(?:[\\w-]+\\s+){0,2}$"
                    + "|\\b(?:officials|delegations|delegates|diplomats|negotiators|envoys|representatives|teams)\\b");
    /** How many sentences after a list a "they" or "the talks" may refer to it. */
    private static final int REACH = 2;

    /** One side of the table: the words that open it, the country they name if any, and its members. */
    record Side(int start, int end, String country, List<ActorMention> members) {
    }

    /** A meeting the text told without its people, and how many contacts had been reported when it was. */
    private record Awaiting(Contact contact, SentenceView sentence, int reportedBefore) {
    }

    private final String text;
    private final List<ActorMention> listing = new ArrayList<>();
    private SentenceView listingStart;
    private List<Actor> group = List.of();
    private int groupEnd = -1;
    private final List<Awaiting> awaiting = new ArrayList<>();

    Delegations(String text) {
        this.text = text;
    }

    /** Whether a sentence lists a side of a table. */
    static boolean listsSides(String sentence) {
        return SIDE.matcher(sentence).find();
    }

    /**
     * The sides a sentence lists, each with its members: the people named after its opening words, up to the next
     * side or the sentence's end, but for those a relative clause or a service names and those named as possessors.
     */
    static List<Side> sides(String text, int start, int end, List<ActorMention> mentions) {
        List<Side> sides = new ArrayList<>();
        Matcher cue = SIDE.matcher(text).region(start, end);
        List<int[]> cues = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        while (cue.find()) {
            cues.add(new int[] {cue.start(), cue.end()});
            countries.add(cue.group(1) != null ? cue.group(1) : cue.group(2));
        }
        List<ActorMention> people = mentions.stream().filter(m -> m.isPerson() && m.kind() != ActorMention.Kind.PRONOUN)
                .sorted(Comparator.comparingInt(ActorMention::start)).toList();
        for (int i = 0; i < cues.size(); i++) {
            int to = i + 1 < cues.size() ? cues.get(i + 1)[0] : end;
            Map<String, ActorMention> members = new LinkedHashMap<>();
            int from = cues.get(i)[1];
            for (ActorMention m : people) {
                if (m.start() < from || m.end() > to) {
                    continue;
                }
                if (SUBORDINATE.matcher(text.substring(from, m.start())).find()) {
                    break;
                }
                if (!POSSESSIVE_AFTER.matcher(text.substring(m.end(), Math.min(to, m.end() + 3))).find()) {
                    members.putIfAbsent(m.actor().key(), m);
                    from = m.end();
                }
            }
            sides.add(new Side(cues.get(i)[0], cues.get(i)[1], countries.get(i), List.copyOf(members.values())));
        }
        return sides;
    }

    /**
     * Reads the sentence's list of a side, if it has one. The first sentence after a list closes it: its people
     * become the group "they" may refer to, and the meetings awaiting their people get them.
     *
     * @param reported how many contacts the article has reported so far
     * @return the awaiting meetings with the group's people, to be reported
     */
    List<Contact> read(SentenceView sentence, int reported) {
        List<ActorMention> members = sides(text, sentence.start(), sentence.end(), sentence.mentions()).stream()
                .flatMap(s -> s.members().stream()).toList();
        if (!members.isEmpty()) {
            if (listing.isEmpty()) {
                listingStart = sentence;
            }
            listing.addAll(members);
            return List.of();
        }
        return listing.isEmpty() ? List.of() : close(sentence.index() - 1, reported);
    }

    /** Closes the list at the text's end. */
    List<Contact> finish(int lastSentence, int reported) {
        return listing.isEmpty() ? List.of() : close(lastSentence, reported);
    }

    private List<Contact> close(int lastSentence, int reported) {
        Map<String, Actor> people = new LinkedHashMap<>();
        listing.forEach(m -> people.putIfAbsent(m.actor().key(), m.actor()));
        listing.clear();
        long countries = people.values().stream().map(Actor::country).filter(java.util.Objects::nonNull).distinct().count();
        if (people.size() < 2 || countries < 2) {
            awaiting.clear();
            return List.of(); // one side alone met nobody at this table
        }
        group = List.copyOf(people.values());
        groupEnd = lastSentence;
        // A meeting told before the list, in its paragraph or the one before, with no other contact reported since.
        List<Contact> told = awaiting.stream()
                .filter(a -> a.reportedBefore() == reported && paragraphsBetween(a.sentence().end(), listingStart.start()) <= 1)
                .map(a -> new Contact(a.contact().type(), group, a.contact().host(), a.contact().date(), a.contact().dateEvidence(),
                        a.contact().place(), a.contact().background(), a.contact().confidence(), a.contact().flags(),
                        a.contact().evidence(), a.contact().placeEvidence()))
                .toList();
        awaiting.clear();
        return told;
    }

    private int paragraphsBetween(int from, int to) {
        int count = 0;
        for (int at = text.indexOf("\n\n", from); at >= 0 && at < to; at = text.indexOf("\n\n", at + 2)) {
            count++;
        }
        return count;
    }

    /** Whether the words before a meeting's trigger in its clause name its people by no name ("They met", "The talks"). */
    static boolean unnamedPeople(String beforeTrigger) {
        return UNNAMED_PEOPLE.matcher(beforeTrigger).find();
    }

    /**
     * The people of the list just closed, when it ended no more than {@value #REACH} sentences before this one and the
     * words that tell the meeting name no country but theirs: "American officials met Taliban envoys" is another table.
     *
     * @param countriesNamed the countries (ISO alpha-3) the meeting's words name
     */
    List<Actor> listedBefore(SentenceView sentence, java.util.Set<String> countriesNamed) {
        boolean theirs = group.stream().map(Actor::country).filter(java.util.Objects::nonNull).toList().containsAll(countriesNamed);
        return groupEnd >= 0 && sentence.index() - groupEnd <= REACH && theirs ? group : List.of();
    }

    /** A meeting told without its people, which a list that follows may give them. */
    void await(Contact unpeopled, SentenceView sentence, int reported) {
        awaiting.add(new Awaiting(unpeopled, sentence, reported));
    }
}
