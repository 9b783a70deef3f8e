package org.parley.model;

/**
 * Evidence: the exact words a fact was read from, and the sentence around them.
 *
 * @param span     the words' offsets into the article's original input
 * @param exact    the words themselves
 * @param sentence the sentence's offsets into the original input
 * @param sentenceText the sentence
 */
public record Mention(Span span, String exact, Span sentence, String sentenceText) {
}
