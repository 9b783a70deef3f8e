package org.parley.nlp;

/**
 * A token of an analysed sentence. Offsets are into the text the sentence came from.
 *
 * @param pos the Penn Treebank part of speech, or null before {@link Nlp#partsOfSpeech} tagged it
 * @param ner the CoreNLP entity tag (PERSON, LOCATION, ORGANIZATION, or "O")
 */
public record Token(int begin, int end, String word, String pos, String ner) {
}
