package org.parley.clean;

import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline an article's first paragraph opens with: "Moscow, 17 April 2023 (TDI):", "Moscow, Apr 16 (AP)",
 * "Beijing [China], February 11 (ANI):", "LONDON (Reuters) -", "TEHRAN, Iran (AP) —", "CAIRO —", "Moscow:"; or
 * a dated dateline on a line of its own under the headline.
 */
final class Datelines {
    private static final String WORD = "\\p{Lu}[\\p{L}.'’-]+";
    /** The small words inside place names: "Rio de Janeiro", "Dar es Salaam", "Stratford-upon-Avon". */
    private static final String PARTICLE = "(?:de|da|do|dos|das|del|della|di|du|la|le|el|al|es|of|upon|am|an|on|sur)";
    private static final String PLACE = "(?<place>" + WORD + "(?:[ -](?:" + PARTICLE + "[ -])?" + WORD + "){0,3})";
    private static final String COUNTRY = "(?:\\s*\\[[\\p{L} ]{2,30}\\])?";
    private static final String CREDIT = "(?:\\s*\\((?<credit>\\p{L}[\\p{L}. &-]{1,30})\\))?";

    /** A place, then a comma: what a dated dateline opens with ("Moscow, ", "Beijing [China], "). */
    private static final Pattern PLACE_COMMA = Pattern.compile(
            "^" + PLACE + COUNTRY + "(?:,\\s+" + WORD + "(?: " + WORD + "){0,2}(?=,))?,\\s+");
    private static final Pattern CREDIT_AFTER = Pattern.compile("^" + CREDIT);
    /** The country or state after the city, as wire styles write it: "TEHRAN, Iran (AP) —". */
    private static final String REGION = "(?:,\\s+" + WORD + "(?: " + WORD + "){0,2})?";
    private static final Pattern PLACE_AGENCY = Pattern.compile(
            "^" + PLACE + COUNTRY + REGION + "\\s*\\((?<credit>[\\p{L}.-]{2,15})\\)\\s*[-—–:]");
    /** A place in capitals before a dash: "CAIRO —", "ANKARA --", "WASHINGTON, D.C. –". */
    private static final Pattern CAPITALS_DASH = Pattern.compile(
            "^(?<head>(?<place>\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2})" + REGION
                    + ")\\s+(?:—|–|--)\\s");
    /** A place alone before a colon: one word, a name in capitals, or a two-word city name. */
    private static final Pattern PLACE_ONLY = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Ll}.'’-]+|\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2}"
                    + "|(?:New|San|Santa|Los|Las|Hong|Kuala|Abu|Tel|Addis|Buenos|Rio|Sao|São|St\\.?|Saint|Port|Cape"
                    + "|Phnom|Ho|Kuwait|Mexico|Panama|Sri|Dar|Ulan|Nur|Bandar|Kyiv|Kiev) \\p{Lu}[\\p{L}.'’-]+)"
                    + COUNTRY + ":\\s");
    /** What may follow a dateline that stands alone: punctuation only. */
    private static final Pattern REST_OF_LINE = Pattern.compile("[\\s,.:;—–-]*");
    /** Words that open a paragraph with a colon without being places. */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)question|answer|note|update|updated|source|photo|video|watch|read|also|editor|date|share"
                    + "|comments?|tags?|summary|breaking|exclusive|analysis|opinion|live|highlights|transcript"
                    + "|statement|quote|warning|correction|disclaimer|topics?|image|caption|credit|listen");

    private Datelines() {
    }

    /**
     * A dateline at the start of a paragraph.
     *
     * @param place  the place as written
     * @param year   the year, or null when the dateline has none
     * @param month  1 to 12, or 0 when the dateline gives a place only
     * @param day    the day of the month, or 0
     * @param credit the code in parentheses ("AP", "TDI"), or null
     * @param end    where the dateline's words end in the paragraph
     */
    record Found(String place, Integer year, int month, int day, String credit, int end) {
    }

    static Found at(String paragraph) {
        Found dated = dated(paragraph);
        if (dated != null) {
            return dated;
        }
        Matcher m = PLACE_AGENCY.matcher(paragraph);
        if (m.find() && Credits.canonicalAgency(m.group("credit")) != null) {
            return new Found(m.group("place"), null, 0, 0, m.group("credit"), m.end("credit") + 1);
        }
        m = PLACE_ONLY.matcher(paragraph);
        if (m.find() && !LABEL.matcher(m.group("place")).matches()) {
            return new Found(m.group("place"), null, 0, 0, null, m.end("place"));
        }
        m = CAPITALS_DASH.matcher(paragraph);
        if (m.find() && !LABEL.matcher(m.group("place")).matches()) {
            return new Found(m.group("place"), null, 0, 0, null, m.end("head"));
        }
        return null;
    }

    /** "Moscow, 17 April 2023 (TDI):", "WASHINGTON, Feb 12 (Capitol Wire) —": a place, a comma, a day and month. */
    private static Found dated(String paragraph) {
        Matcher place = PLACE_COMMA.matcher(paragraph);
        if (!place.find()) {
            return null;
        }
        String rest = paragraph.substring(place.end());
        List<DateParser.Mention> dates = DateParser.find(rest);
        if (dates.isEmpty() || dates.get(0).start() != 0 || dates.get(0).reading() == null
                || dates.get(0).reading().day() == 0 || dates.get(0).numeric()) {
            return null;
        }
        DateParser.Reading date = dates.get(0).reading();
        int end = place.end() + dates.get(0).end();
        Matcher credit = CREDIT_AFTER.matcher(paragraph.substring(end));
        String agency = null;
        if (credit.find() && credit.group("credit") != null) {
            agency = credit.group("credit");
            end += credit.end();
        }
        return new Found(place.group("place"), date.year(), date.month(), date.day(), agency, end);
    }

    /**
     * A dateline with a date that stands on a line of its own ("Beijing, March 18, 2025"), as pages print it
     * under the headline; null when the line says anything more.
     */
    static Found alone(String line) {
        String text = line.strip();
        Found found = at(text);
        boolean dated = found != null && found.month() != 0
                && (found.year() == null || MonthDay.of(found.month(), found.day()).isValidYear(found.year()));
        return dated && REST_OF_LINE.matcher(text.substring(found.end())).matches() ? found : null;
    }
}
