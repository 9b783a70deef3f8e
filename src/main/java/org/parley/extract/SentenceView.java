package org.parley.extract;

import java.util.List;
import org.parley.model.Actor;
import org.parley.nlp.AnalysedSentence;

/**
 * A sentence of the body with what the earlier stages found in it.
 *
 * @param start    offset into the body text
 * @param analysed the costly annotations, or null when the screen passed the sentence over
 * @param mentions the actors mentioned, in text order
 * @param subject  the person the sentence is about (its first person before a verb), or null
 */
record SentenceView(int index, int start, int end, String text, AnalysedSentence analysed,
                    List<ActorMention> mentions, Actor subject) {

    String slice(int from, int to) {
        return text.substring(Math.max(0, from - start), Math.min(text.length(), to - start));
    }

    List<ActorMention> mentionsIn(int from, int to) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    }
}
