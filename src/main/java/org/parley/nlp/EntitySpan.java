package org.parley.nlp;

/**
 * A named-entity or time expression found by CoreNLP.
 *
 * @param type       PERSON, LOCATION, ORGANIZATION, MISC, DATE, TIME, DURATION, ...
 * @param normalized for time expressions, SUTime's TIMEX3 value ("2024-02-08", "XXXX-WXX-4", "PAST_REF"); else null
 */
public record EntitySpan(int begin, int end, String text, String type, String normalized) {
}
