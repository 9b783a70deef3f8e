package org.parley.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which events an export includes.
 * <p>
 * An event passes the dates when its date (a day, or the whole month or year it names) overlaps [from, to]; with a
 * bound given, undated events are left out. It passes the countries when each listed country is represented by a
 * participant: the country itself, or an actor whose {@code parley:country}, {@code parley:office} or a
 * {@code parley:positionHeld} of the event's time belongs to it. With one country, any participant of it will do.
 *
 * @param from      the first day, or null for no lower bound
 * @param to        the last day, or null for no upper bound
 * @param countries ISO 3166-1 alpha-3 codes, upper case
 */
public record EventFilter(LocalDate from, LocalDate to, List<String> countries) {
    public static final EventFilter NONE = new EventFilter(null, null, List.of());

    public EventFilter {
        countries = List.copyOf(countries);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
    }

    /**
     * A filter from what users write: dates as yyyy-mm-dd, yyyy-mm or yyyy (from the first day of a month or year,
     * to its last day), countries as comma-separated alpha-3 codes. Null or blank means no bound.
     */
    public static EventFilter parse(String from, String to, String countries) {
        return new EventFilter(
                blank(from) ? null : date("from", from).first(),
                blank(to) ? null : date("to", to).last(),
                blank(countries) ? List.of() : codes(countries));
    }

    /** True when every event passes: the export is then the whole store. */
    public boolean isEmpty() {
        return from == null && to == null && countries.isEmpty();
    }

    /** True when a date bound is set, so that only dated events can pass. */
    boolean hasDates() {
        return from != null || to != null;
    }

    boolean acceptsDate(DateSpan date) {
        return date.overlaps(from, to);
    }

    /** For titles and logs: "from 2024-01-01, countries CHN, RUS". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (from != null) {
            parts.add("from " + from);
        }
        if (to != null) {
            parts.add("to " + to);
        }
        if (!countries.isEmpty()) {
            parts.add("countries " + String.join(", ", countries));
        }
        return parts.isEmpty() ? "all events" : String.join(", ", parts);
    }

    private static DateSpan date(String option, String text) {
        return DateSpan.parse(text).orElseThrow(() -> new IllegalArgumentException(
                option + " " + text + ": not a date (yyyy-mm-dd, yyyy-mm or yyyy)"));
    }

    private static List<String> codes(String text) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("countries " + text + ": '" + part.strip()
                        + "' is not an ISO 3166-1 alpha-3 code (such as CHN or RUS)");
            }
            codes.add(code);
        }
        return List.copyOf(codes);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
