package org.parley.nlp;

import java.util.List;

/** A sentence after the costly annotators: tokens with tags, and its named entities. */
public record AnalysedSentence(int begin, int end, String text, List<Token> tokens, List<EntitySpan> entities) {
    public AnalysedSentence {
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
    }
}
