package org.parley.model;

/**
 * A date together with the evidence for it.
 *
 * @param date     the date, at the precision the evidence supports
 * @param method   where it came from: "meta", "json-ld", "time-element", "front-matter", "dateline", "date-line", ...
 * @param evidence the words it was read from
 * @param source   where those words lie in the original input, or null when not from the text (a JSONL field)
 */
public record DateEvidence(PartialDate date, String method, String evidence, Span source) {
}
