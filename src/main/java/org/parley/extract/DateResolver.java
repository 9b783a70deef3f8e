package org.parley.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.PartialDate;

/**
 * Turns SUTime's TIMEX3 values into dates of a past event. News reports past contacts, so a value SUTime
 * placed after the anchor by completing a missing year or week ("April 13" read in February) is moved back
 * one year or one week. Values that stay underspecified ("XXXX-WXX-4" when the anchor is unknown) give no date:
 * a date is never guessed.
 */
final class DateResolver {
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(-WE)?$");

    private DateResolver() {
    }

    /**
     * @param timex       SUTime's value
     * @param text        the words of the expression, to tell whether they name the year themselves
     * @param anchor      the date relative expressions were resolved against, or null
     */
    static Optional<PartialDate> resolve(String timex, String text, LocalDate anchor) {
        if (timex == null) {
            return Optional.empty();
        }
        boolean explicitYear = text.matches(".*\\b(1[89]|20)\\d{2}\\b.*");
        Matcher m = DAY.matcher(timex);
        if (m.find()) {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (!explicitYear && anchor == null) {
                return Optional.empty();
            }
            if (!explicitYear && anchor != null && date.isAfter(anchor)) {
                date = isWeekdayOnly(text) ? date.minusWeeks(1) : date.minusYears(1);
            }
            return Optional.of(PartialDate.of(date));
        }
        m = MONTH.matcher(timex);
        if (m.find()) {
            PartialDate month = new PartialDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), null);
            if (!explicitYear && anchor == null) {
                return Optional.empty();
            }
            if (!explicitYear && anchor != null && month.start().isAfter(anchor)) {
                month = new PartialDate(month.year() - 1, month.month(), null);
            }
            return Optional.of(month);
        }
        m = YEAR.matcher(timex);
        if (m.find() && explicitYear) {
            return Optional.of(new PartialDate(Integer.parseInt(m.group(1)), null, null));
        }
        m = WEEK.matcher(timex);
        if (m.find() && anchor != null) {
            // A week ("last week") or a weekend ("at the weekend") is kept at month precision when it lies within
            // one month; a weekend SUTime placed after the day of the report is the one before it.
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            boolean weekend = m.group(3) != null;
            LocalDate first = weekend ? monday.plusDays(5) : monday;
            if (weekend && first.isAfter(anchor)) {
                first = first.minusWeeks(1);
            }
            LocalDate last = weekend ? first.plusDays(1) : monday.plusDays(6);
            if (first.getMonth() == last.getMonth()) {
                return Optional.of(new PartialDate(first.getYear(), first.getMonthValue(), null));
            }
        }
        return Optional.empty();
    }

    /**
     * "on the 7th": that day of the month of the anchor, or of the month before when the day has not come yet.
     * Empty without an anchor or when no such day exists.
     */
    static Optional<PartialDate> dayOfMonth(int day, LocalDate anchor) {
        if (anchor == null || day < 1 || day > 31) {
            return Optional.empty();
        }
        LocalDate month = day <= anchor.getDayOfMonth() ? anchor : anchor.minusMonths(1);
        return day <= month.lengthOfMonth()
                ? Optional.of(new PartialDate(month.getYear(), month.getMonthValue(), day)) : Optional.empty();
    }

    /** The day of that name on or before the anchor ("Wednesday" in a report of Thursday is the day before). */
    static Optional<PartialDate> lastWeekday(String weekday, LocalDate anchor) {
        if (anchor == null) {
            return Optional.empty();
        }
        DayOfWeek day = DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
        return Optional.of(PartialDate.of(anchor.with(TemporalAdjusters.previousOrSame(day))));
    }

    private static boolean isWeekdayOnly(String text) {
        return text.toLowerCase().matches("(on |last |this |early |late )*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)( (morning|afternoon|evening|night))?");
    }
}
