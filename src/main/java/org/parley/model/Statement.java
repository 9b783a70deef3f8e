package org.parley.model;

/**
 * Something an actor said, as one article reports it.
 *
 * @param speaker      who said it
 * @param quote        the quoted or reported words
 * @param direct       true for a direct quotation, false for reported speech
 * @param addressee    to whom, or null
 * @param reportedBy   the agency or outlet the article credits for the words ("CCTV", "TASS"), or null
 * @param date         when it was said, or null
 * @param contactIndex the index in {@link Extraction#contacts()} of the contact it was said during, or -1
 * @param confidence   0..1
 * @param evidence     the quote's words and sentence
 */
public record Statement(
        Actor speaker,
        String quote,
        boolean direct,
        Actor addressee,
        String reportedBy,
        PartialDate date,
        int contactIndex,
        double confidence,
        Mention evidence) {
}
