package org.parley.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shallow clause splitter: the stretch of a sentence around a word that belongs to the same predication,
 * cut at punctuation and words that open another clause. Good enough to keep the reporter of a quote or
 * the subject of a later clause out of a contact's participants.
 */
final class Clauses {
    private static final Pattern BOUNDARY = Pattern.compile(
            ";|:\\s|—|--|“|”|\"|\\s+who\\s|"
                    + ",\\s*(?:and\\s+|but\\s+)?(?:said|says|added|noted|stressed|reported|according|which|who|whom|where|while|when|during which|as)\\b|"
                    + "\\b(?:and said|and added|and noted|said that|says that|told|as saying|according to|during which|in which)\\b|"
                    // "that" opens a clause, but not as the determiner of a time: "later that day", "that evening"
                    + "\\bthat\\b(?!\\s+(?:day|morning|afternoon|evening|night|week|month|year)\\b)|"
                    + "\\bto (?:discuss|address|review|exchange|talk|demonstrate|express|reaffirm|advance|coordinate|brief|inform|update|congratulate|"
                    + "thank|urge|press|ask|convey|seek|offer)\\b|"
                    + "\\s(?:after|before|since|when|while|because|although|though|but|whereas|until|once)\\s|"
                    + ",\\s*(?=[A-Z][a-z]+\\s+(?:said|says|added|reported)\\b)|"
                    + ",\\s+and\\s+(?=[a-z]+ed\\b)");
    /**
     * ", and Macron presented him ...": a coordinated clause with a subject of its own, once the clause before it has
     * a verb ("Rubio, Witkoff, and Driscoll held" is one subject).
     */
    private static final Pattern COORDINATED_SUBJECT = Pattern.compile(
            ",\\s+and\\s+(?=(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,5}(?:[a-z]+ed|held|met|spoke|told|said|gave|made|took|went)\\b)");
    private static final Pattern VERB = Pattern.compile("\\b(?:[a-z]+ed|held|met|spoke|told|said|gave|made|took|went|was|were|is|are|has|had)\\b");
    /** A sentence opening with a subordinate clause: its first comma ends that clause. */
    private static final Pattern SUBORDINATE_OPENING = Pattern.compile(
            "(?i)^\\s*(after|before|during|following|while|when|since|once|ahead of|prior to|at the end of|on the sidelines of)\\b[^,]{0,120},");

    private Clauses() {
    }

    /** The clause of {@code sentence} around the range [from, to), as offsets into the sentence. */
    static int[] around(String sentence, int from, int to) {
        int start = 0;
        int end = sentence.length();
        Matcher opening = SUBORDINATE_OPENING.matcher(sentence);
        if (opening.find()) {
            if (opening.end() <= from) {
                start = opening.end();
            } else if (opening.end() - 1 >= to) {
                end = opening.end() - 1;
            }
        }
        Matcher m = BOUNDARY.matcher(sentence);
        while (m.find()) {
            if (m.end() <= from) {
                start = Math.max(start, m.end());
            } else if (m.start() >= to) {
                end = Math.min(end, m.start());
                break;
            }
        }
        Matcher coordinated = COORDINATED_SUBJECT.matcher(sentence).region(start, end);
        while (coordinated.find()) {
            if (!VERB.matcher(sentence.substring(start, coordinated.start())).find()) {
                continue;
            }
            if (coordinated.end() <= from) {
                start = coordinated.end();
            } else if (coordinated.start() >= to) {
                end = coordinated.start();
                break;
            }
        }
        return new int[] {start, end};
    }

    /** True when the clause opens the sentence with a subordinate ("After a meeting with X, Y said"). */
    static boolean isFronted(String sentence, int clauseStart) {
        String head = sentence.substring(0, Math.min(sentence.length(), clauseStart + 12)).trim();
        return head.matches("(?is)^(after|following|during|before|at|in|on)\\b.*");
    }
}
