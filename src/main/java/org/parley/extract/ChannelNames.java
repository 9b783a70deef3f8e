package org.parley.extract;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.link.Gazetteer;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.rdf.Ids;
import org.parley.rdf.Parley;

/**
 * Channels as the text names them: the outlets an article credits for someone's words ("state broadcaster CCTV",
 * "the official Xinhua news agency", "Russian state television", "the Kremlin website"). A name the gazetteer knows
 * gives its organisation, whatever descriptors surround it, so that "CCTV" and "China Central Television" are one
 * channel; any other outlet becomes an organisation named as the text names it. Built once per gazetteer.
 */
final class ChannelNames {
    /** Words that describe an outlet around its name. */
    private static final String DESCRIPTOR = "(?:official|state|state-run|state-owned|state-controlled|state-backed|government|"
            + "government-run|national|public|semi-official|news|wire|pool|private|local|broadcaster|television|TV|media|"
            + "agency|newspaper|daily|radio|party|ruling|online|English-language)";
    /** What an outlet is, when the text gives no name ("Russian state television", "Chinese state media"). */
    private static final String HEAD = "(?:media|television|TV|broadcaster|news agency|news agencies|agency|agencies|newspaper|"
            + "radio|press service|news service|website|news outlet|outlet|channel|network|tabloid)";
    private static final String QUALIFIER = "(?:[A-Z][\\p{L}'’.-]*(?:['’]s)?|" + DESCRIPTOR + ")";
    /** Capitalised words that open sentences and clauses rather than name anything. */
    private static final Pattern NOT_A_QUALIFIER = Pattern.compile(
            "(?i)^(?:on|in|at|but|and|meanwhile|however|later|earlier|after|before|during|according|asked|speaking|"
                    + "separately|also|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$");

    private final Gazetteer gazetteer;
    /** A channel phrase: group "known" is a name the gazetteer knows, if there is one. */
    private final Pattern phrase;

    ChannelNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        String known = gazetteer.channelNames().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(ChannelNames::namePattern)
                .collect(Collectors.joining("|"));
        String name = known.isEmpty() ? "(?!)" : "(?<![\\p{L}\\p{N}])(?<known>" + known + ")(?![\\p{L}\\p{N}])";
        phrase = Pattern.compile("(?<![\\p{L}\\p{N}'’-])(?:(?:the|a|an|The|A|An)\\s+)?(?:" + QUALIFIER + "\\s+){0,5}?"
                + "(?:" + name + "(?:\\s+(?:news agency|agency|newspaper|daily|television|TV|broadcaster|news))?"
                + "|" + HEAD + "(?:\\s+" + name.replace("<known>", "<knownAfter>") + ")?)(?![\\p{L}\\p{N}])");
    }

    /**
     * A name as a pattern: apostrophes straight or curly; longer names in any case ("Chinese foreign ministry's
     * website"), short ones as written, since "AP" or "SPA" in lower case are words.
     */
    private static String namePattern(String name) {
        String quoted = Arrays.stream(name.split("['’]", -1)).map(Pattern::quote).collect(Collectors.joining("['’]"));
        return name.length() >= 6 ? "(?i:" + quoted + ")" : quoted;
    }

    /** A channel phrase found in a text: where it is, the words, and the gazetteer's name in it if any. */
    record Found(int start, int end, String words, String known) {
        boolean anaphoric() {
            return known == null && words.matches("(?i)the (?:agency|broadcaster|newspaper|channel|network|outlet|website)");
        }

        /** A name, a reference back, or an outlet described ("Russian state television"), not a bare "agency". */
        boolean namesAnOutlet() {
            return known != null || anaphoric() || words.replaceFirst("^(?i:the|a|an)\\s+", "").contains(" ");
        }
    }

    /** The first channel phrase in text[from, to). */
    Optional<Found> find(String text, int from, int to) {
        Matcher m = phrase.matcher(text).region(from, to);
        return m.find() ? Optional.of(found(text, m)) : Optional.empty();
    }

    /** The channel phrase that ends at {@code end} (spaces before it ignored), starting at or after {@code floor}. */
    Optional<Found> endingAt(String text, int floor, int end) {
        int e = end;
        while (e > floor && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        Matcher m = phrase.matcher(text).region(floor, e);
        Found last = null;
        while (m.find()) {
            if (m.end() == e) {
                last = found(text, m);
                break;
            }
        }
        return Optional.ofNullable(last);
    }

    /** Leading words that begin the clause rather than the name are not part of the phrase ("On Tuesday CCTV"). */
    private Found found(String text, Matcher m) {
        int start = m.start();
        String known = m.group("known") != null ? m.group("known") : m.group("knownAfter");
        Matcher word = Pattern.compile("[\\p{L}'’.-]+\\s+").matcher(text).region(start, m.end());
        while (word.lookingAt() && NOT_A_QUALIFIER.matcher(word.group().trim()).matches()) {
            start = word.end();
            word.region(start, m.end());
        }
        return new Found(start, m.end(), text.substring(start, m.end()), known);
    }

    /** The channel a phrase names: the gazetteer's organisation, else one named as the text names it. */
    Actor actor(Found found) {
        if (found.known() != null) {
            Optional<Gazetteer.Organisation> known = gazetteer.channel(found.known());
            if (known.isPresent()) {
                Gazetteer.Organisation o = known.get();
                return new Actor(o.iri().substring(Parley.ID.length()), o.label(), ActorKind.ORGANISATION, o.wikidata(), null, null);
            }
        }
        String label = found.words().replaceFirst("^(?i:the|a|an)\\s+", "").replaceAll("\\s+", " ").trim();
        return new Actor("org/" + Ids.slug(label), label, ActorKind.ORGANISATION, null, null, null);
    }
}
