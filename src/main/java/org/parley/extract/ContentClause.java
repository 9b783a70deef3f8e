package org.parley.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Actor;

/**
 * The words of reported speech around their verb of saying: where the content begins ("told reporters in Moscow
 * that | the call had lasted …"), whom the verb addresses, and where the content ends before an attribution that
 * closes the sentence (", CCTV reported", ", according to …", ", the statement read").
 */
final class ContentClause {
    /** Listeners a verb of saying may name before its content, who are not parties to anything. */
    private static final Pattern LISTENERS = Pattern.compile(
            "(?i)^(?:reporters|journalists|the press|the media|lawmakers|legislators|parliament|(?:the|an|a) audience|students|"
                    + "business leaders|diplomats|him|her|them|us|me|you|(?:his|her|their) (?:[\\w-]+ )?counterparts?|"
                    + "the (?:[\\w-]+ )?(?:side|delegation|leader|president|prime minister))\\b");
    /** What may stand between a verb and the person addressed: "told |President| Putin", "called |on| Russia". */
    private static final Pattern ADDRESSEE_TITLES = Pattern.compile("(?:(?:the|on|upon|to)\\s+)?(?:[A-Z][\\p{L}'’.-]*\\s+){0,5}");
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)his|her|their|its");
    /** Phrases that place or time the saying rather than begin what was said. */
    private static final Pattern ADVERBIAL = Pattern.compile(
            "(?i)^\\s*(?:(?:on|in|at|during|after|before|following|through|via|over|ahead of|late on|early on|later on)\\s+"
                    + "(?:(?:a|an|the|his|her|their|its|this|that)\\s+)?(?:[\\w’'-]+\\s+){0,3}?"
                    + "(?:statement|interview|post|posting|speech|remarks|comments|address|briefing|conference|appearance|meeting|"
                    + "talks|call|conversation|visit|summit|signing|ceremony|session|message|letter|video|interpreter|media|X|"
                    + "Twitter|Telegram|Facebook|Instagram|television|TV|radio|broadcast|parliament|Monday|Tuesday|Wednesday|"
                    + "Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|week|weekend|day)\\b"
                    + "|(?:last|this|next|earlier this|late last)\\s+(?:week|month|year|weekend|night|Monday|Tuesday|Wednesday|Thursday|"
                    + "Friday|Saturday|Sunday|morning|afternoon|evening)"
                    + "|today|yesterday|earlier|later|afterwards|also|again|separately|repeatedly|then|too)\\b\\s*");
    /** A preposition right after the verb and its adverbials: what follows is no content clause ("said of", "warned against"). */
    private static final Pattern PREPOSITION_NEXT = Pattern.compile("(?i)(?:of|about|to|for|with|from|by|as|on|in|at|so|against|over)\\b");
    /** "warned Israelis against …", "told them about …": the one addressed, then what about. */
    private static final Pattern ADDRESSED_THEN_PREPOSITION = Pattern.compile("\\S+(?:\\s+\\S+)?\\s+(?:against|about|of|not to)\\b");
    /** Objects of gestures, not of words: "raised a toast", "extended his hand". */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "(?i)(?:a toast|toasts|(?:a|his|her|their) (?:glass|glasses|hand|hands|voice)|the flag)\\b");
    /** Who is welcomed as a guest: "welcomed him", "welcomed both leaders", "welcomed his guest". */
    private static final Pattern GUESTS = Pattern.compile(
            "(?i)(?:him|her|them|both leaders|the leaders|(?:his|her|their) (?:guests?|counterparts?|visitors?)|the delegation)\\b");
    /** Nothing after the verb: it closes the clause. */
    private static final Pattern NOTHING_NEXT = Pattern.compile("[,.;:]|$");
    /** A "that" opening the content, within a few words of the verb and its addressee, before any other verb. */
    private static final Pattern THAT = Pattern.compile(
            "^(?:(?!\\b(?:is|are|was|were|had|has|have|will|would|could|should|must|can|did|does)\\b)[^,;:“”\"]){0,100}?\\bthat\\s+");
    /** "that" right where the content may begin. */
    private static final Pattern THAT_NEXT = Pattern.compile("that[\\s,]+");
    /** Verbs that only say: with a preposition after them ("said of", "told about") no words of the speaker follow. */
    private static final java.util.Set<String> BARE_SAYING = java.util.Set.of("say", "tell", "add", "write", "reply", "remark", "tweet", "post");
    /** A source named after the words: it and what follows are no part of them. */
    private static final Pattern SOURCE = Pattern.compile("(?i),\\s*(?:according to|as quoted by|citing)\\s");
    /** What closes a sentence after its content: who said it, through whom. */
    private static final Pattern TAIL = Pattern.compile(
            "(?is)^\\s*(?:(?:according to|as quoted by|quoted by|as reported by|citing)\\s+\\S.*"
                    + "|(?!(?:that|which|who|whom|whose|and|but|as|while)\\b)[^,;]{1,80}?\\s+(?:reported|said|says|quoted|cited|added|noted|wrote|told [\\w ]{1,30}|stated|"
                    + "read|announced|confirmed|explained|stressed|insisted)\\b[^,;]{0,80}"
                    + "|(?:said|added|noted|wrote|reported|stressed|explained)\\s+\\S[^,;]{0,60})$");

    private final ExtractionContext context;
    private final Speakers speakers;
    private final ChannelNames channelNames;

    ContentClause(ExtractionContext context, Speakers speakers, ChannelNames channelNames) {
        this.context = context;
        this.speakers = speakers;
        this.channelNames = channelNames;
    }

    /**
     * Where the content of a verb of saying begins.
     *
     * @param at        the content's first character
     * @param addressee the actor addressed ("told Putin that"), or null
     * @param verbKept  true when the verb belongs to the words ("agreed that …", "stressed the need to …")
     */
    record Start(int at, Actor addressee, boolean verbKept, boolean afterThat) {
    }

    Start after(SentenceView s, int verbStart, int verbEnd, Speech.Verb verb, int limit) {
        String t = context.text();
        int pos = skipSpaces(verbEnd, limit);
        Actor addressee = null;
        int at = pos;
        Optional<ActorMention> named = s.mentions().stream()
                .filter(m -> m.start() >= at && m.start() <= at + 60 && ADDRESSEE_TITLES.matcher(t.substring(at, m.start())).matches())
                .findFirst().filter(m -> !POSSESSIVE.matcher(m.text()).matches()); // "told his guest": not the guest's name
        if (verb.lemma().equals("welcome") && named.filter(ActorMention::isPerson).isPresent()) {
            return new Start(limit, null, false, false); // "welcomed Meloni to the Oval Office": a host, not words
        }
        if (verb.addressed()) {
            if (named.isPresent()) {
                addressee = named.get().actor();
                pos = skipSpaces(named.get().end(), limit);
            } else {
                Matcher listeners = LISTENERS.matcher(t).region(pos, limit);
                if (listeners.lookingAt()) {
                    pos = skipSpaces(listeners.end(), limit);
                }
            }
        }
        if (verb.use() == Speech.Use.STANCE) {
            boolean notSaying = NOT_WORDS.matcher(t).region(pos, limit).lookingAt()
                    || verb.lemma().equals("welcome") && GUESTS.matcher(t).region(pos, limit).lookingAt();
            // "welcomed his guest", "raised a toast": hosting and gestures, not words
            return notSaying ? new Start(limit, addressee, false, false) : new Start(verbGroupStart(verbStart), addressee, true, false);
        }
        // "told reporters travelling with the president that": after the person told, any words up to "that";
        // otherwise only time, place and manner: in "reiterated their agreement that", "that" is the agreement's.
        Matcher that = (verb.addressed() ? THAT : THAT_NEXT).matcher(t).region(pos, limit);
        if (that.lookingAt()) {
            return new Start(that.end(), addressee, false, true);
        }
        for (int k = 0; k < 3; k++) {
            Matcher adverbial = ADVERBIAL.matcher(t).region(pos, limit);
            if (!adverbial.lookingAt() || adverbial.end() == pos) {
                break;
            }
            pos = skipSpaces(adverbial.end(), limit);
            if (pos < limit && t.charAt(pos) == ',') {
                pos = skipSpaces(pos + 1, limit);
            }
            Matcher thatNow = THAT_NEXT.matcher(t).region(pos, limit);
            if (thatNow.lookingAt()) {
                return new Start(thatNow.end(), addressee, false, true);
            }
        }
        if (NOTHING_NEXT.matcher(t).region(pos, limit).lookingAt()) {
            return new Start(limit, addressee, false, false); // "reported after the conversation."
        }
        if (verb.use() == Speech.Use.REPORTING) {
            return new Start(verbGroupStart(verbStart), addressee, true, false);
        }
        if (PREPOSITION_NEXT.matcher(t).region(pos, limit).lookingAt()
                || verb.addressed() && ADDRESSED_THEN_PREPOSITION.matcher(t).region(pos, limit).lookingAt()) {
            // "he said of the Russian president": no words follow; "warned against shifting the blame": the verb's own
            return BARE_SAYING.contains(verb.lemma()) ? new Start(limit, addressee, false, false)
                    : new Start(verbGroupStart(verbStart), addressee, true, false);
        }
        return new Start(pos, addressee, false, false);
    }

    /** A kept verb keeps the auxiliary right before it: "had conveyed", "has urged". */
    private int verbGroupStart(int verbStart) {
        Matcher aux = Pattern.compile("\\b(?:had|has|have)\\s+$").matcher(context.text()).region(Math.max(0, verbStart - 6), verbStart);
        return aux.find() ? aux.start() : verbStart;
    }

    /**
     * The content's end: {@code limit}, less an attribution that closes the sentence and trailing punctuation.
     *
     * @return the end, and the channel the closing attribution credits, if any
     */
    End end(int from, int limit) {
        String t = context.text();
        int end = limit;
        Actor channel = null;
        // "…, according to a summary released by the ministry, which also quoted him": the source ends the words
        Matcher source = SOURCE.matcher(t).region(from, limit);
        while (source.find()) {
            if (!insideQuotationMarks(t, from, source.start())) {
                end = source.start();
                break;
            }
        }
        int comma = lastBreak(t, from, end);
        if (comma > from && TAIL.matcher(t.substring(comma + 1, end)).matches()) {
            Optional<ChannelNames.Found> credited = channelNames.find(t, comma + 1, end).filter(ChannelNames.Found::namesAnOutlet);
            if (credited.isPresent()) {
                channel = speakers.channel(credited.get(), credited.get().start());
            }
            end = comma;
        }
        if (end < limit && channel == null) {
            Optional<ChannelNames.Found> credited = channelNames.find(t, end, limit).filter(ChannelNames.Found::namesAnOutlet);
            if (credited.isPresent() && SOURCE.matcher(t).region(end, limit).lookingAt()) {
                channel = speakers.channel(credited.get(), credited.get().start());
            }
        }
        return new End(trim(t, from, end), channel);
    }

    private static boolean insideQuotationMarks(String t, int from, int at) {
        int open = 0;
        for (int i = from; i < at; i++) {
            char c = t.charAt(i);
            open += c == '“' ? 1 : c == '”' ? -1 : 0;
        }
        return open > 0;
    }

    /** The end of the content, and the channel its closing attribution credits (or null). */
    record End(int at, Actor channel) {
    }

    /** The comma or dash before the last clause of text[from, end), or -1. */
    private static int lastBreak(String t, int from, int end) {
        int depth = 0;
        for (int i = end - 1; i > from; i--) {
            char c = t.charAt(i);
            if (c == '”') {
                depth++;
            } else if (c == '“') {
                depth--;
            } else if (depth == 0 && (c == ',' || c == '—')) {
                return i;
            }
        }
        return -1;
    }

    /** Back over spaces, final punctuation and a dangling conjunction ("… the conflict and" before "and said"). */
    static int trim(String t, int from, int end) {
        int e = end;
        while (true) {
            while (e > from && (Character.isWhitespace(t.charAt(e - 1)) || ".,;:—–-".indexOf(t.charAt(e - 1)) >= 0)) {
                e--;
            }
            String before = t.substring(from, e);
            Matcher dangling = Pattern.compile("(?i)\\s+(?:and|but|while|whereas|as well as)$").matcher(before);
            if (!dangling.find()) {
                return e;
            }
            e = from + dangling.start();
        }
    }

    /** Back over spaces only. */
    static int trimSpaces(String t, int from, int end) {
        int e = end;
        while (e > from && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private int skipSpaces(int pos, int limit) {
        String t = context.text();
        int p = pos;
        while (p < limit && Character.isWhitespace(t.charAt(p))) {
            p++;
        }
        return p;
    }
}
