package org.parley.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A calendar date known to year, month or day precision. Fields finer than the precision are null:
 * "June 2021" is (2021, 6, null). A date is never padded to a finer precision than the text gives.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (day != null) {
            LocalDate.of(year, month, day); // validates
        } else if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("bad month " + month);
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses yyyy, yyyy-mm or yyyy-mm-dd. */
    public static PartialDate parse(String text) {
        String[] parts = text.trim().split("-");
        int year = Integer.parseInt(parts[0]);
        Integer month = parts.length > 1 ? Integer.valueOf(parts[1]) : null;
        Integer day = parts.length > 2 ? Integer.valueOf(parts[2]) : null;
        return new PartialDate(year, month, day);
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    public Optional<LocalDate> toLocalDate() {
        return day == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /** First day of the period this date covers. */
    public LocalDate start() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** Last day of the period this date covers. */
    public LocalDate end() {
        if (day != null) {
            return LocalDate.of(year, month, day);
        }
        if (month != null) {
            return LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
        }
        return LocalDate.of(year, 12, 31);
    }

    /** True when the two dates agree at the coarser of their precisions. */
    public boolean compatibleWith(PartialDate other) {
        return !start().isAfter(other.end()) && !other.start().isAfter(end());
    }

    /** yyyy, yyyy-mm or yyyy-mm-dd, as in xsd:gYear, xsd:gYearMonth and xsd:date. */
    @Override
    public String toString() {
        if (day != null) {
            return String.format("%04d-%02d-%02d", year, month, day);
        }
        if (month != null) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d", year);
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : precision().compareTo(o.precision());
    }
}
