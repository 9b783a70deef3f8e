package org.parley.export;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The days a date of day, month or year precision covers: "2024-05-16" is one day, "2024-05" the whole of May 2024,
 * "2024" the whole year. Parley's dates (xsd:date, xsd:gYearMonth, xsd:gYear) compare as these spans.
 *
 * @param first the first day, inclusive
 * @param last  the last day, inclusive
 */
public record DateSpan(LocalDate first, LocalDate last) {
    public DateSpan {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(last + " is before " + first);
        }
    }

    /** The span of a date written yyyy-mm-dd, yyyy-mm or yyyy; empty when it is none of these. */
    public static Optional<DateSpan> parse(String text) {
        String date = text.strip();
        try {
            return switch (date.length()) {
                case 10 -> {
                    LocalDate day = LocalDate.parse(date);
                    yield Optional.of(new DateSpan(day, day));
                }
                case 7 -> {
                    YearMonth month = YearMonth.parse(date);
                    yield Optional.of(new DateSpan(month.atDay(1), month.atEndOfMonth()));
                }
                case 4 -> {
                    Year year = Year.parse(date);
                    yield Optional.of(new DateSpan(year.atDay(1), year.atMonth(12).atEndOfMonth()));
                }
                default -> Optional.empty();
            };
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** True when the two spans share a day. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
    }
}
