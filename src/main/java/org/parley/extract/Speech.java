package org.parley.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verbs of saying and how each introduces what was said. Reported speech keeps only its content clause when
 * the verb merely reports words ("said that the two sides should …" gives "the two sides should …"), and keeps the
 * verb when the verb is part of the meaning ("agreed that …", "denied that …", "urged Russia to …").
 */
final class Speech {
    private Speech() {
    }

    /** How a verb of saying relates to the words it introduces. */
    enum Use {
        /** Reports words, and what follows is the content even without "that" ("said the talks went well"). */
        CLAUSE,
        /** Reports words; a "that" clause is the content, any other object stays with the verb ("stressed the need"). */
        REPORTING,
        /** The verb is part of what was said ("agreed", "urged", "denied", "praised"): it stays in the words. */
        STANCE
    }

    /** A verb of saying: its use, and whether its first object is the person spoken to ("told Putin that"). */
    record Verb(String lemma, Use use, boolean addressed) {
    }

    private static final Map<String, Verb> FORMS = new HashMap<>();

    static {
        clause("say", "said", "says", "saying");
        clause("tell", "told", "tells", "telling").addressed();
        clause("add");
        clause("write", "wrote", "writes", "writing");
        clause("insist");
        clause("argue");
        clause("claim");
        clause("warn").addressed();
        clause("assure").addressed();
        clause("reassure").addressed();
        clause("reply", "replied", "replies", "replying");
        clause("remark");
        clause("believe");
        clause("predict");
        clause("tweet");
        clause("post");
        for (String lemma : List.of("state", "stress", "note", "emphasise", "emphasize", "underline", "underscore",
                "reiterate", "affirm", "reaffirm", "explain", "respond", "comment", "declare", "announce", "confirm",
                "indicate", "observe", "recall", "acknowledge", "maintain", "assert", "relay", "convey", "mention",
                "report", "highlight", "point", "signal", "concede", "disclose", "reveal", "contend", "allege", "quote")) {
            reporting(lemma);
        }
        reporting("admit", "admitted", "admits", "admitting");
        reporting("inform").addressed();
        reporting("brief").addressed();
        reporting("remind").addressed();
        for (String lemma : List.of("urge", "ask", "thank", "congratulate", "call", "appeal")) {
            stance(lemma).addressed();
        }
        for (String lemma : List.of("agree", "deny", "welcome", "praise", "hail", "commend", "express", "voice", "pledge", "promise", "vow", "propose", "suggest", "describe",
                "outline", "criticise", "criticize", "condemn", "accuse", "demand", "request",
                "recommend", "encourage", "appreciate", "hope", "reject", "dismiss", "question", "doubt", "regret",
                "share", "raise", "extend", "update")) {
            stance(lemma);
        }
    }

    /** Phrases of saying of more than one word, matched at a verb's position ("made clear", "spoke in favour of"). */
    private static final Pattern PHRASE = Pattern.compile(
            "(?:made (?:it )?clear|was clear|were clear|made the point|gave (?:a|an|his|her) [\\w-]+ (?:account|assessment)|"
                    + "was appreciative|was critical of|were critical of|spoke (?:in detail )?(?:about|of|in favou?r of|against|out)|"
                    + "was (?:confident|optimistic|concerned)|took the opportunity to|laid down|focused on|set out|pointed out|"
                    + "put forth|put forward)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words that often stand between a speaker and the verb ("Putin also said", "he had told"). */
    static final Pattern FILLERS = Pattern.compile(
            "\\s*(?:\\b(?:also|further|again|repeatedly|once again|in turn|then|later|separately|previously|earlier|"
                    + "had|has|have|would|only|publicly|privately|reportedly|personally|directly|too|subsequently|briefly|"
                    + "firmly|strongly|explicitly|openly|immediately|himself|herself|afterwards|however|meanwhile|"
                    + "for (?:his|her|their|its) part|on (?:his|her|their|its) part)\\b(?:\\s|,)*)*$",
            Pattern.CASE_INSENSITIVE);

    /** Words before a verb that make it not a statement made: a plan, a wish, a question, a denial. */
    private static final Pattern NOT_SAID = Pattern.compile(
            "\\b(?:to|will|would|could|may|might|must|should|can|shall|not|never|did|does|do|didn't|doesn't|won't|"
                    + "expected to|likely to|set to|due to|was|were|been|being|be|is|are)\\s+(?:\\w+ly\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** Any form of a verb of saying, for the screen that picks sentences for the costly annotators. */
    static boolean isSpeechWord(String lowerCaseWord) {
        return FORMS.containsKey(lowerCaseWord);
    }

    static Optional<Verb> verb(String word) {
        return Optional.ofNullable(FORMS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** A finite form: "said", "stresses", not "say" (mostly "to say") nor "saying". */
    static boolean isFinite(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return FORMS.containsKey(w) && !w.endsWith("ing") && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss")
                || List.of("said", "told", "wrote", "spoke", "gave", "made", "set", "put").contains(w));
    }

    static boolean isParticiple(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("ing") && FORMS.containsKey(w);
    }

    /** The end of a phrase of saying that begins at {@code at}, or -1. */
    static int phraseEnd(String text, int at) {
        Matcher m = PHRASE.matcher(text).region(at, text.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /** True when the words before a verb make it something not said: "will say", "did not say", "was told". */
    static boolean notSaid(String before) {
        return NOT_SAID.matcher(before).find();
    }

    // ------------------------------------------------------------------ building the table

    private static final class Entry {
        private final String[] forms;
        private final String lemma;
        private final Use use;

        Entry(Use use, String lemma, String... forms) {
            this.use = use;
            this.lemma = lemma;
            this.forms = forms;
            put(false);
        }

        void addressed() {
            put(true);
        }

        private void put(boolean addressed) {
            Verb verb = new Verb(lemma, use, addressed);
            FORMS.put(lemma, verb);
            for (String form : forms) {
                FORMS.put(form, verb);
            }
        }
    }

    private static Entry clause(String lemma, String... irregular) {
        return new Entry(Use.CLAUSE, lemma, irregular.length > 0 ? irregular : regular(lemma));
    }

    private static Entry reporting(String lemma, String... irregular) {
        return new Entry(Use.REPORTING, lemma, irregular.length > 0 ? irregular : regular(lemma));
    }

    private static Entry stance(String lemma) {
        return new Entry(Use.STANCE, lemma, regular(lemma));
    }

    /** The past, third-person and -ing forms of a regular verb. */
    private static String[] regular(String lemma) {
        if (lemma.endsWith("e")) {
            String stem = lemma.substring(0, lemma.length() - 1);
            return new String[] {lemma + "s", lemma + "d", stem + "ing"};
        }
        if (lemma.endsWith("y") && !lemma.matches(".*[aeiou]y")) {
            String stem = lemma.substring(0, lemma.length() - 1);
            return new String[] {stem + "ies", stem + "ied", lemma + "ing"};
        }
        if (lemma.matches(".*(s|sh|ch|x|z)")) {
            return new String[] {lemma + "es", lemma + "ed", lemma + "ing"};
        }
        return new String[] {lemma + "s", lemma + "ed", lemma + "ing"};
    }
}
