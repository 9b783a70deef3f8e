package org.parley.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether SUTime could find a time expression in a text, and which words one could be built on, so that SUTime
 * runs only near such words ({@link TimeExpressions}): its rule matching costs more than all the rest of tagging.
 * <p>
 * Every expression SUTime's English rules (CoreNLP's {@code defs.sutime.txt}, {@code english.sutime.txt},
 * {@code english.holidays.sutime.txt}) produce holds at least one anchor: one of the temporal words below (units,
 * months, days, parts of the day, seasons, relative days, past/present/future references, periodic words, decades,
 * holidays, a.m./p.m.) or a numeral shaped like a year, a date or a time ("2024", "16.04.2023", "3:20", "3pm",
 * "13th", "1990s", "'99"). Number words and plain small numbers ("two", "first", "31", "1,500", "9.5") only count
 * units or days next to such an anchor ("two days", "the 13th of April"); SUTime reads a year out of number words
 * alone ("nineteen ninety-five"), which news copy does not write. Modifiers such as "last", "next", "early" or "the"
 * only ever extend an anchored expression. The tests compare Parley's time expressions with those of CoreNLP's NER
 * running SUTime over whole sentences.
 */
final class TimeCues {
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A numeral that is no year, date or time by itself: up to three digits, thousands, or a decimal. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})*|\\d+\\.\\d+");
    /** What may wrap a word in running text: punctuation, quotes, brackets, currency and percent signs. */
    private static final Pattern WRAPPING =
            Pattern.compile("^[.,;:!?()\\[\\]{}\"“”$€£¥%]+|[.,;:!?()\\[\\]{}\"“”$€£¥%]+$");

    private static final Set<String> WORDS_WITH_TIME = Set.of(
            // units (SUTime's TIMEUNIT_MAP and duration rules, with their abbreviations)
            "year", "yr", "month", "mo", "day", "hour", "hr", "minute", "min", "second", "sec", "millisecond",
            "millisec", "week", "wk", "fortnight", "quarter", "decade", "century", "centuries", "millennium",
            "millennia", "millenium", "millenia",
            // months
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "ides",
            // days of the week
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
            "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "weekend", "weekday", "workweek", "workday",
            // parts of the day, and the clock
            "morning", "afternoon", "evening", "night", "overnight", "nighttime", "noon", "midday", "midnight",
            "dusk", "dawn", "daybreak", "twilight", "sunrise", "sunup", "sunset", "sundown", "teatime", "lunchtime",
            "dinnertime", "suppertime", "daylight", "daytime", "tonight", "tonite", "clock", "am", "pm", "gmt", "utc",
            // seasons
            "spring", "summer", "fall", "autumn", "winter",
            // relative days; references to the past, present and future
            "yesterday", "today", "tomorrow", "now", "current", "currently", "present", "past", "previously",
            "recent", "recently", "once", "twice", "thrice", "medieval", "future", "time", "birthday",
            // periodic sets (also matched as word endings: "biannual", "semiannually")
            "yearly", "annually", "annual", "hourly", "nightly", "daily", "weekly", "monthly", "quarterly",
            "centennial",
            // decades
            "oughts", "noughts", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
            "nineties",
            // holidays named without a unit ("Christmas Eve", "Memorial Day" hold a day word)
            "christmas", "xmas", "mas", "easter", "halloween", "thanksgiving", "mayo");

    private static final Pattern PERIODIC_ENDING =
            Pattern.compile(".*(yearly|annually|annual|hourly|nightly|daily|weekly|monthly|quarterly|centennial)");

    private TimeCues() {
    }

    /** False only when the text holds no word a time expression could be built on. */
    static boolean mayHoldTime(String text) {
        for (String word : text.split("\\s+")) {
            if (anchorsTime(WRAPPING.matcher(word).replaceAll(""))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a time expression could be built on a word (a token, or a word of running text). */
    static boolean anchorsTime(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (hasDigit(lower)) {
            return !PLAIN_NUMBER.matcher(lower).matches();
        }
        for (String part : WORDS.split(lower.replace(".", ""))) {
            if (WORDS_WITH_TIME.contains(part) || PERIODIC_ENDING.matcher(part).matches()
                    || part.endsWith("s") && WORDS_WITH_TIME.contains(part.substring(0, part.length() - 1))
                    || part.endsWith("ies") && WORDS_WITH_TIME.contains(part.substring(0, part.length() - 3) + "y")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
