package org.parley.extract;

import java.util.List;
import org.parley.model.Actor;
import org.parley.model.Span;
import org.parley.model.Statement;

/**
 * A statement as a finder found it, before the article's statements are reconciled: who said it, its words and
 * where they are in the body text, and the reporting chain around it.
 *
 * @param kind         direct quotation or reported speech
 * @param speaker      who said it
 * @param words        the words, pieces joined, without quotation marks or attribution
 * @param pieces       where the words are in the body text, in order
 * @param deliveredBy  who delivered them on the speaker's behalf, or null
 * @param addressee    to whom, or null
 * @param channel      the outlet credited, or null
 * @param subjectStart where the speaker is named before the verb of saying, or -1: a statement whose speaker is named
 *                     inside another's words was relayed by that other speaker
 * @param setting      the sentences around the words and their attribution, where the text may tie them to a contact
 * @param how          how it was found
 */
record Utterance(Statement.Kind kind, Actor speaker, String words, List<Span> pieces, Actor deliveredBy, Actor addressee,
                 Actor channel, int subjectStart, Span setting, How how) {

    /** How a statement was found, which decides the confidence and which of two overlapping statements stays. */
    enum How {
        QUOTATION(0.85), CHAINED_QUOTATION(0.75), TURN(0.8), REPORTED(0.7), AUTHORS(0.7), GROUP(0.6), CONTINUATION(0.6);

        final double confidence;

        How(double confidence) {
            this.confidence = confidence;
        }
    }

    Utterance {
        pieces = List.copyOf(pieces);
    }

    int start() {
        return pieces.get(0).start();
    }

    int end() {
        return pieces.get(pieces.size() - 1).end();
    }

    Utterance withDeliveredBy(Actor deliverer) {
        return new Utterance(kind, speaker, words, pieces, deliverer, addressee, channel, subjectStart, setting, how);
    }

    Utterance withChannel(Actor newChannel) {
        return new Utterance(kind, speaker, words, pieces, deliveredBy, addressee, newChannel, subjectStart, setting, how);
    }
}
