package org.parley.model;

/**
 * A date together with the evidence for it.
 *
 * @param date       the date, at the precision the evidence supports
 * @param method     where it came from: "meta", "json-ld", "time-element", "front-matter", "dateline", "stamp", ...
 * @param evidence   the words it was read from
 * @param source     where those words lie in the original input, or null when not from the text (a JSONL field)
 * @param confidence how far the evidence settles the date, from 0 to 1
 */
public record DateEvidence(PartialDate date, String method, String evidence, Span source, double confidence) {
    /** A date as one source states it, before any decision weighs it against others. */
    public DateEvidence(PartialDate date, String method, String evidence, Span source) {
        this(date, method, evidence, source, 1.0);
    }
}
