package org.parley.extract;

import java.util.List;
import java.util.function.Supplier;
import org.parley.model.Actor;
import org.parley.nlp.AnalysedSentence;
import org.parley.nlp.EntitySpan;

/**
 * A sentence of the body with what the earlier stages found in it.
 *
 * @param start    offset into the body text
 * @param analysed the costly annotations, or null when the screen passed the sentence over
 * @param mentions the actors mentioned, in text order
 * @param subject  the person the sentence is about (its first person before a verb), or null
 * @param tagged   the sentence with its parts of speech, tagged when first asked for; null when it was not analysed
 * @param times    its time expressions, found when first asked for (they cost more than the rest of the analysis,
 *                 and only sentences that report a contact need them); none when it was not analysed
 */
record SentenceView(int index, int start, int end, String text, AnalysedSentence analysed,
                    List<ActorMention> mentions, Actor subject, Supplier<AnalysedSentence> tagged,
                    Supplier<List<EntitySpan>> times) {

    String slice(int from, int to) {
        return text.substring(Math.max(0, from - start), Math.min(text.length(), to - start));
    }

    List<ActorMention> mentionsIn(int from, int to) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    }
}
