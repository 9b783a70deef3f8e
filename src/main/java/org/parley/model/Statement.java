package org.parley.model;

import java.util.List;

/**
 * Something an actor said, as one article reports it.
 *
 * @param kind         a direct quotation (the speaker's exact words) or reported speech (the content of what was said)
 * @param speaker      who said it
 * @param quote        the words without quotation marks or attribution: for a direct quotation the exact words (the
 *                     pieces of a quotation interrupted by its attribution joined by {@link #GAP}), for reported
 *                     speech the content clause ("the two sides should …", not "said that the two sides should …")
 * @param deliveredBy  who delivered the words on the speaker's behalf (a spokesperson, an aide, a ministry), or null
 * @param addressee    to whom, or null
 * @param channel      the outlet the article credits for the words (an agency, a broadcaster, a website), or null
 * @param date         when it was said, or null
 * @param contactIndex the index in {@link Extraction#contacts()} of the contact the text says it was said during, or -1
 * @param confidence   0..1
 * @param evidence     the words in the article, one mention per piece, in text order
 */
public record Statement(
        Kind kind,
        Actor speaker,
        String quote,
        Actor deliveredBy,
        Actor addressee,
        Actor channel,
        PartialDate date,
        int contactIndex,
        double confidence,
        List<Mention> evidence) {

    /** Marks the words an interrupted quotation leaves out ("We are ready […] to continue"). */
    public static final String GAP = " […] ";

    public enum Kind {
        /** The speaker's exact words, as the text quotes them. */
        DIRECT,
        /** What the speaker said, in the text's words. */
        REPORTED
    }

    public Statement {
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a statement needs its evidence");
        }
    }
}
