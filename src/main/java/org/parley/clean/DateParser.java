package org.parley.clean;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.PartialDate;

/**
 * Reads the dates a text writes, wherever they stand in it: "April 14, 2023 — 13:58 BRT", "TEHRAN | 19 July 2022",
 * "Wed 12 Apr 2023 14.05 BST", "2023-03-17 11:02", "16.04.2024", "2/12/2025", "the 7th of May", "Sept. 13".
 * <p>
 * The text is cut into tokens (numbers, words, marks) and a small grammar is tried at each token: an optional weekday,
 * then a day and a month name in either order, or a month and a year, or three numbers joined by one separator. Month
 * and weekday names come from java.time's locale data (English names and abbreviations, and the full names of the
 * main European languages), so "14 juillet 2023" and "16. April 2024" read too. A time of day and a time zone after
 * the date are read with it. A numeric date whose first two numbers could each be the month has two readings (day
 * first, month first), and is settled by the page's evidence elsewhere ({@link DateOrder}); a reading whose weekday
 * contradicts the written weekday is dropped.
 */
public final class DateParser {
    /** Which of two numbers comes first in a numeric date. */
    public enum Order { DAY_FIRST, MONTH_FIRST }

    /**
     * One reading of a date as written.
     *
     * @param year  the year, or null when the text gives none ("Apr 16")
     * @param month 1 to 12
     * @param day   the day of the month, or 0 for a month ("June 2021")
     * @param order for a numeric date that could be read either way, the order this reading assumes; else null
     */
    public record Reading(Integer year, int month, int day, Order order) {
        /** The date, when the reading has a year. */
        public PartialDate date() {
            return year == null ? null : new PartialDate(year, month, day == 0 ? null : day);
        }
    }

    /**
     * A date written in a text.
     *
     * @param start      where its words start in the text (weekday included)
     * @param end        where its words end (time and zone included)
     * @param readings   its possible readings: one, or two for a numeric date that could be day- or month-first;
     *                   none when every reading contradicts the written weekday
     * @param weekday    the weekday written with it, or null
     * @param zone       the time zone written after it ("BST", "GMT+8"), or null
     * @param numeric    true for a date written in numbers only
     * @param separator  the separator of a numeric date ('.', '/', '-'), else 0
     */
    public record Mention(int start, int end, List<Reading> readings, DayOfWeek weekday, String zone, boolean numeric,
                          char separator) {
        public boolean ambiguous() {
            return readings.size() > 1;
        }

        /** The single reading, or null when there are none or two. */
        public Reading reading() {
            return readings.size() == 1 ? readings.get(0) : null;
        }

        public boolean weekdayContradicts() {
            return readings.isEmpty();
        }
    }

    private enum Kind { NUMBER, WORD, MARK }

    private record Token(Kind kind, String text, int start, int end) {
        boolean is(String s) {
            return text.equalsIgnoreCase(s);
        }

        boolean mark(String marks) {
            return kind == Kind.MARK && marks.indexOf(text.charAt(0)) >= 0;
        }

        int value() {
            return Integer.parseInt(text);
        }
    }

    private static final Locale[] FULL_NAME_LOCALES = {Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN,
        Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl")};
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Set<String> ENGLISH_MONTHS = new java.util.HashSet<>();

    static {
        for (Locale locale : FULL_NAME_LOCALES) {
            for (Month m : Month.values()) {
                MONTHS.put(key(m.getDisplayName(TextStyle.FULL, locale)), m.getValue());
                MONTHS.put(key(m.getDisplayName(TextStyle.FULL_STANDALONE, locale)), m.getValue());
            }
            for (DayOfWeek d : DayOfWeek.values()) {
                WEEKDAYS.put(key(d.getDisplayName(TextStyle.FULL, locale)), d);
            }
        }
        // English abbreviations, and the longer ones news copy also writes ("Sept", "Tues", "Thurs").
        for (Month m : Month.values()) {
            MONTHS.put(key(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)), m.getValue());
        }
        MONTHS.put("sept", 9);
        for (Month m : Month.values()) {
            ENGLISH_MONTHS.add(key(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
            ENGLISH_MONTHS.add(key(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
        }
        ENGLISH_MONTHS.add("sept");
        for (DayOfWeek d : DayOfWeek.values()) {
            WEEKDAYS.put(key(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)), d);
        }
        WEEKDAYS.put("tues", DayOfWeek.TUESDAY);
        WEEKDAYS.put("weds", DayOfWeek.WEDNESDAY);
        WEEKDAYS.put("thur", DayOfWeek.THURSDAY);
        WEEKDAYS.put("thurs", DayOfWeek.THURSDAY);
    }

    private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th", "er", "e");
    private static final Set<String> MERIDIEM = Set.of("am", "pm", "a", "p", "m");
    /** A time-zone abbreviation, or an offset from GMT/UTC ("GMT+8", "UTC+05:30"). */
    private static final Pattern ZONE = Pattern.compile("\\(?(?:(?:GMT|UTC)\\s?[+−-]\\s?\\d{1,2}(?::?\\d{2})?|[A-Z]{2,5})\\)?");

    private DateParser() {
    }

    /** Every date written in the text, in order. */
    public static List<Mention> find(String text) {
        List<Token> tokens = tokens(text);
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Parsed p = parseAt(tokens, i, text);
            if (p == null) {
                i++;
            } else {
                found.add(p.mention());
                i = p.next();
            }
        }
        return found;
    }

    /** Reads an ISO 8601 date or date-time ("2023-04-16", "2023-04-16T08:00:00+03:00", "2023-04"), as written. */
    public static PartialDate parseIso(String value) {
        Matcher m = ISO.matcher(value);
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

    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ].*)?\\s*$");

    /** The month for a name or abbreviation in any of the locales read ("Apr", "Sept.", "juillet"), or 0. */
    public static int month(String name) {
        return MONTHS.getOrDefault(key(name), 0);
    }

    /** The weekday for a name or abbreviation ("Wed", "Thursday"), or null. */
    public static DayOfWeek weekday(String name) {
        return WEEKDAYS.get(key(name));
    }

    private record Parsed(Mention mention, int next) {
    }

    private static Parsed parseAt(List<Token> t, int i, String text) {
        int j = i;
        DayOfWeek weekday = null;
        if (word(t, j) && capitalised(t.get(j)) && weekday(t.get(j).text()) != null) {
            weekday = weekday(t.get(j).text());
            j++;
            j = skip(t, j, ",.");
        }
        Body body = named(t, j);
        if (body == null) {
            body = numeric(t, j, text);
        }
        if (body == null) {
            return null;
        }
        int end = body.next();
        String zone = null;
        Clock clock = clock(t, end, text);
        if (clock != null) {
            end = clock.next();
            zone = clock.zone();
        }
        List<Reading> readings = new ArrayList<>();
        for (Reading r : body.readings()) {
            if (weekday == null || r.year() == null || r.day() == 0 || agrees(r, weekday)) {
                readings.add(r);
            }
        }
        int last = Math.max(body.next(), clock == null ? 0 : clock.next()) - 1;
        Mention m = new Mention(t.get(i).start(), t.get(last).end(), List.copyOf(readings), weekday, zone,
                body.numeric(), body.separator());
        return new Parsed(m, end);
    }

    private static boolean agrees(Reading r, DayOfWeek weekday) {
        return LocalDate.of(r.year(), r.month(), r.day()).getDayOfWeek() == weekday;
    }

    private record Body(List<Reading> readings, int next, boolean numeric, char separator) {
    }

    /** "13 September 2023", "Sept 13", "September 13th, 2023", "the 7th of May", "June 2021", "16. April 2024". */
    private static Body named(List<Token> t, int j) {
        if (number(t, j, 1, 2)) {
            int day = t.get(j).value();
            int k = j + 1;
            if (word(t, k) && ORDINALS.contains(t.get(k).text().toLowerCase(Locale.ROOT)) && adjacent(t, k - 1, k)) {
                k++;
            }
            k = skip(t, k, ".");
            if (word(t, k) && t.get(k).is("of")) {
                k++;
            }
            int month = monthAt(t, k);
            if (month > 0 && day >= 1 && day <= 31) {
                k = skip(t, k + 1, ".");
                return withYear(t, k, month, day);
            }
            return null;
        }
        int month = monthAt(t, j);
        if (month == 0) {
            return null;
        }
        int k = skip(t, j + 1, ".");
        if (number(t, k, 1, 2) && !followedByClock(t, k)) {
            int day = t.get(k).value();
            k++;
            if (word(t, k) && ORDINALS.contains(t.get(k).text().toLowerCase(Locale.ROOT)) && adjacent(t, k - 1, k)) {
                k++;
            }
            if (day >= 1 && day <= 31) {
                return withYear(t, k, month, day);
            }
            return null;
        }
        int y = skip(t, k, ",");
        if (number(t, y, 4, 4) && plausibleYear(t.get(y).value())) {
            return new Body(List.of(new Reading(t.get(y).value(), month, 0, null)), y + 1, false, (char) 0);
        }
        return null;
    }

    /** The year after a day and month, if written ("2023", "'23"), and the reading. */
    private static Body withYear(List<Token> t, int k, int month, int day) {
        int y = skip(t, k, ",");
        Integer year = null;
        int next = k;
        if (number(t, y, 4, 4) && plausibleYear(t.get(y).value()) && !followedByClock(t, y)) {
            year = t.get(y).value();
            next = y + 1;
        } else if (mark(t, y, "'’") && number(t, y + 1, 2, 2)) {
            year = twoDigitYear(t.get(y + 1).value());
            next = y + 2;
        }
        if (!valid(year, month, day)) {
            return null;
        }
        return new Body(List.of(new Reading(year, month, day, null)), next, false, (char) 0);
    }

    /** "2023-03-17", "2023/03/17", "16.04.2024", "2/12/2025", "5/6/24". */
    private static Body numeric(List<Token> t, int j, String text) {
        if (!number(t, j, 1, 4) || !mark(t, j + 1, "-/.") || !number(t, j + 2, 1, 2) || !mark(t, j + 3, "-/.")
                || !number(t, j + 4, 2, 4) || !adjacent(t, j, j + 4)) {
            return null;
        }
        char sep = t.get(j + 1).text().charAt(0);
        if (t.get(j + 3).text().charAt(0) != sep || partOfLongerChain(t, j, text)) {
            return null;
        }
        int a = t.get(j).value();
        int b = t.get(j + 2).value();
        Token last = t.get(j + 4);
        if (t.get(j).text().length() == 4) {
            if (last.text().length() > 2 || !plausibleYear(a) || !valid(a, b, last.value())) {
                return null;
            }
            return new Body(List.of(new Reading(a, b, last.value(), null)), j + 5, true, sep);
        }
        if (t.get(j).text().length() > 2 || last.text().length() == 3) {
            return null;
        }
        int year = last.text().length() == 2 ? twoDigitYear(last.value()) : last.value();
        if (!plausibleYear(year)) {
            return null;
        }
        List<Reading> readings = new ArrayList<>();
        if (valid(year, b, a)) {
            readings.add(new Reading(year, b, a, Order.DAY_FIRST));
        }
        if (a != b && valid(year, a, b)) {
            readings.add(new Reading(year, a, b, Order.MONTH_FIRST));
        }
        if (readings.isEmpty()) {
            return null;
        }
        if (readings.size() == 1) {
            // Only one order gives a date: the date is certain, and tells the page's order.
            Reading r = readings.get(0);
            readings.set(0, new Reading(r.year(), r.month(), r.day(), null));
            return new Body(readings, j + 5, true, sep);
        }
        return new Body(readings, j + 5, true, sep);
    }

    /** Which order a numeric date with one possible reading shows: the number above 12 is the day. */
    public static Order orderShownBy(Mention m, String text) {
        if (!m.numeric() || m.ambiguous() || m.reading() == null) {
            return null;
        }
        String written = text.substring(m.start(), m.end()).replaceFirst("^\\D+", "");
        String[] parts = written.split("[-/.\\s]");
        if (parts.length < 3 || parts[0].length() == 4) {
            return null;
        }
        int first = Integer.parseInt(parts[0]);
        return first > 12 ? Order.DAY_FIRST : Integer.parseInt(parts[1]) > 12 ? Order.MONTH_FIRST : null;
    }

    private record Clock(int next, String zone) {
    }

    /** A time after a date: ", 22:10 CEST", " at 6:52 p.m. ET", " 14.05 BST", "T07:30:00+09:00", " · 9:48 PM GMT+8". */
    private static Clock clock(List<Token> t, int k, String text) {
        int j = skip(t, k, ",·|—–-");
        if (word(t, j) && (t.get(j).is("at") || t.get(j).is("T") && adjacent(t, j, j + 1))) {
            j++;
        }
        if (!number(t, j, 1, 2) || !mark(t, j + 1, ":.") || !number(t, j + 2, 2, 2) || !adjacent(t, j, j + 2)) {
            return null;
        }
        j += 3;
        while (mark(t, j, ":.,") && number(t, j + 1, 2, 3) && adjacent(t, j - 1, j + 1)) {
            j += 2;
        }
        while (j < t.size() && (word(t, j) && MERIDIEM.contains(t.get(j).text().toLowerCase(Locale.ROOT))
                || mark(t, j, ".") && j > 0 && word(t, j - 1) && MERIDIEM.contains(t.get(j - 1).text().toLowerCase(Locale.ROOT)))) {
            j++;
        }
        if (j < t.size()) {
            int from = t.get(j).start();
            int to = Math.min(text.length(), from + 14);
            Matcher z = ZONE.matcher(text).region(from, to);
            if (z.lookingAt() && DateOrder.knownZone(z.group().replaceAll("[()\\s]", ""))) {
                int end = from + z.group().length();
                while (j < t.size() && t.get(j).start() < end) {
                    j++;
                }
                return new Clock(j, z.group().replaceAll("[()\\s]", ""));
            }
            if (mark(t, j, "+−-") && number(t, j + 1, 2, 4)) {
                j += mark(t, j + 2, ":") ? 4 : 2;
            }
        }
        return new Clock(j, null);
    }

    private static boolean followedByClock(List<Token> t, int k) {
        return mark(t, k + 1, ":") && number(t, k + 2, 2, 2) && adjacent(t, k, k + 2);
    }

    /** "1.2.3.4", "10/12/2024/5": numbers in a longer chain are a version or an address, not a date. */
    private static boolean partOfLongerChain(List<Token> t, int j, String text) {
        boolean before = j >= 2 && t.get(j - 1).mark("-/.:") && t.get(j - 2).kind() == Kind.NUMBER && adjacent(t, j - 2, j);
        boolean after = mark(t, j + 5, "-/.:") && number(t, j + 6, 1, 4) && adjacent(t, j + 4, j + 6);
        return before || after;
    }

    private static int monthAt(List<Token> t, int k) {
        if (!word(t, k) || ENGLISH_MONTHS.contains(key(t.get(k).text())) && !capitalised(t.get(k))) {
            return 0;
        }
        return month(t.get(k).text());
    }

    /** English month names are capitalised in dates; "may" and "march" in lower case are verbs. */
    private static boolean capitalised(Token token) {
        return Character.isUpperCase(token.text().charAt(0));
    }

    private static boolean valid(Integer year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        try {
            LocalDate.of(year == null ? 2000 : year, month, day); // 2000 is a leap year: 29 February stands
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean plausibleYear(int year) {
        return year >= 1900 && year <= Year.now().getValue() + 1;
    }

    /** "'23", "5/6/24": the century that does not put the year in the future. */
    private static int twoDigitYear(int yy) {
        int year = 2000 + yy;
        return year <= Year.now().getValue() + 1 ? year : 1900 + yy;
    }

    private static int skip(List<Token> t, int j, String marks) {
        while (j < t.size() && t.get(j).kind() == Kind.MARK && t.get(j).mark(marks)) {
            j++;
        }
        return j;
    }

    private static boolean word(List<Token> t, int j) {
        return j < t.size() && t.get(j).kind() == Kind.WORD;
    }

    private static boolean mark(List<Token> t, int j, String marks) {
        return j < t.size() && t.get(j).mark(marks);
    }

    private static boolean number(List<Token> t, int j, int minDigits, int maxDigits) {
        return j < t.size() && t.get(j).kind() == Kind.NUMBER && t.get(j).text().length() >= minDigits
                && t.get(j).text().length() <= maxDigits;
    }

    /** Tokens from..to written without spaces between them. */
    private static boolean adjacent(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (k + 1 >= t.size() || t.get(k).end() != t.get(k + 1).start()) {
                return false;
            }
        }
        return true;
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int j = i + 1;
            if (Character.isDigit(c)) {
                while (j < text.length() && Character.isDigit(text.charAt(j)) && j - i < 8) {
                    j++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(i, j), i, j));
            } else if (Character.isLetter(c)) {
                while (j < text.length() && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(i, j), i, j));
            } else if (!Character.isWhitespace(c)) {
                tokens.add(new Token(Kind.MARK, String.valueOf(c), i, j));
            }
            i = j;
        }
        return tokens;
    }

    /** A name as a lookup key: lower case, without accents or a final dot ("Févr." → "fevr"). */
    private static String key(String name) {
        String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return bare.toLowerCase(Locale.ROOT).replace(".", "").strip();
    }
}
