package org.parley.clean;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.PartialDate;

/** Reads dates as news pages write them: "February 11, 2024", "17 April 2023", "Apr 16", "2023-04-16T08:00Z". */
public final class Dates {
    static final String MONTH = "(?<mon>January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    static final String DAY = "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<y>(?:1[89]|20)\\d\\d)";

    /** The written forms of a full date, each with groups y, mon (or m) and d. */
    private static final List<Pattern> FULL_FORMS = List.of(
            Pattern.compile(MONTH + "\\s+" + DAY + ",?\\s+" + YEAR),
            Pattern.compile(DAY + "\\s+" + MONTH + ",?\\s+" + YEAR),
            Pattern.compile(YEAR + "-(?<m>[01]\\d)-(?<d>[0-3]\\d)"));

    private static final String LABEL = "(?:(?<label>Published|Posted|Updated|Last updated|Date|Dated)(?:\\s+on)?"
            + "\\s*:?\\s*)?";
    private static final String WEEKDAY = "(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu"
            + "|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+)?";
    /** A time of day after the date: "11:42 AM GMT+3", "06:10 IST", "at 9.30 a.m. (EDT)", "18:32:05 UTC+05:30". */
    private static final String CLOCK = "(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?"
            + "(?:\\s+\\(?[A-Z]{2,5}(?:\\s?[+−-]\\d{1,2}(?::?\\d{2})?)?\\)?)?)?";
    private static final List<Pattern> LINE_FORMS = FULL_FORMS.stream()
            .map(form -> Pattern.compile("^" + LABEL + WEEKDAY + "(?:" + form.pattern() + ")" + CLOCK + "\\s*$",
                    Pattern.CASE_INSENSITIVE))
            .toList();

    private static final Pattern ISO_PREFIX = Pattern.compile(
            "^\\s*(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ].*)?\\s*$");

    private Dates() {
    }

    /** A date found in text: the date, where its words lie in that text, and its label ("Updated") if any. */
    record Found(PartialDate date, int start, int end, String label) {
    }

    /**
     * Reads an ISO 8601 date or date-time ("2023-04-16", "2023-04-16T08:00:00+03:00", "2023-04"): the date as
     * written, not shifted to another time zone. Returns null when the value is not one.
     */
    public static PartialDate parseIso(String value) {
        Matcher m = ISO_PREFIX.matcher(value);
        if (!m.matches()) {
            return null;
        }
        try {
            return new PartialDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                    m.group(3) == null ? null : Integer.valueOf(m.group(3)));
        } catch (IllegalArgumentException | DateTimeException e) {
            return null;
        }
    }

    /**
     * The date when the whole line is one: "February 11, 2024", "Saturday, April 26, 2025",
     * "Published: 16 Apr 2023, 10:32 AM IST". Null otherwise.
     */
    static Found wholeLine(String line) {
        for (Pattern form : LINE_FORMS) {
            Matcher m = form.matcher(line.strip());
            if (m.matches()) {
                PartialDate date = toDate(m);
                if (date != null) {
                    int lead = line.indexOf(line.strip());
                    return new Found(date, lead, lead + line.strip().length(), m.group("label"));
                }
            }
        }
        return null;
    }

    /** Every full date (with a year) written in the text, in order. */
    static List<Found> fullDatesIn(String text) {
        List<Found> found = new ArrayList<>();
        for (Pattern form : FULL_FORMS) {
            Matcher m = form.matcher(text);
            while (m.find()) {
                PartialDate date = toDate(m);
                if (date != null) {
                    found.add(new Found(date, m.start(), m.end(), null));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** The month's number for its English name or abbreviation ("Apr", "Sept."), or 0. */
    static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (key.startsWith(months[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A month and day, or null when the day does not exist in that month. */
    static MonthDay monthDay(int month, int day) {
        try {
            return MonthDay.of(month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static PartialDate toDate(Matcher m) {
        int month = hasGroup(m, "mon") ? month(m.group("mon")) : Integer.parseInt(m.group("m"));
        try {
            return new PartialDate(Integer.parseInt(m.group("y")), month, Integer.parseInt(m.group("d")));
        } catch (IllegalArgumentException | DateTimeException e) {
            return null;
        }
    }

    private static boolean hasGroup(Matcher m, String name) {
        try {
            return m.group(name) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
