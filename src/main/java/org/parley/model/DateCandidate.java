package org.parley.model;

/**
 * One candidate for an article's publication date, as weighed: where it was found, its score, and why it won or
 * lost. A candidate without a date is one that could not be read as a date the page stands by (a scrape-day
 * widget, a relative stamp, a numeric date whose order the page does not settle).
 *
 * @param date     the date read, or null
 * @param method   the kind of evidence ("json-ld", "stamp", "url", "dateline", ...)
 * @param label    "published", "updated" or null, as the page labels it
 * @param evidence the words or value it was read from
 * @param source   where those words lie in the original input, or null
 * @param score    its weight as evidence, from 0 to 1 (0 when rejected)
 * @param verdict  why it won or lost
 */
public record DateCandidate(PartialDate date, String method, String label, String evidence, Span source, double score,
                            String verdict) {
}
