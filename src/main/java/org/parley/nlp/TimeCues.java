package org.parley.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether SUTime could find a time expression in a sentence, so that sentences where it cannot are tagged
 * without it: SUTime's rule matching is most of the cost of tagging a sentence.
 * <p>
 * Every expression SUTime's English rules (CoreNLP's {@code defs.sutime.txt}, {@code english.sutime.txt},
 * {@code english.holidays.sutime.txt}) produce holds at least one anchor: a digit; a number word, which may make a
 * year ("nineteen ninety") or a count of units; or one of the temporal words below (units, months, days, parts of
 * the day, seasons, relative days, past/present/future references, periodic words, decades, holidays). Modifiers
 * such as "last", "next", "early" or "the" only ever extend an anchored expression. So a sentence with none of
 * these gets no time expression from SUTime, and the rest of the tagger (POS, lemmas, the CRF, the numeric
 * classifiers) works on it as it would with SUTime. The test compares both taggers on the corpora.
 */
final class TimeCues {
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

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
            // parts of the day
            "morning", "afternoon", "evening", "night", "overnight", "nighttime", "noon", "midday", "midnight",
            "dusk", "dawn", "daybreak", "twilight", "sunrise", "sunup", "sunset", "sundown", "teatime", "lunchtime",
            "dinnertime", "suppertime", "daylight", "daytime", "tonight", "tonite", "clock",
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
            "christmas", "xmas", "mas", "easter", "halloween", "thanksgiving", "mayo",
            // number words (CoreNLP's NumberNormalizer), which may make a year, an hour or a count of units
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
            "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
            "million", "billion", "trillion", "dozen", "score", "gross", "half", "oh",
            "zeroth", "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
            "eightieth", "ninetieth", "hundredth", "hundreth", "thousandth", "millionth", "billionth",
            "trillionth");

    private static final Pattern PERIODIC_ENDING =
            Pattern.compile(".*(yearly|annually|annual|hourly|nightly|daily|weekly|monthly|quarterly|centennial)");

    private TimeCues() {
    }

    /** False only when the sentence holds nothing a time expression could be built on. */
    static boolean mayHoldTime(String sentence) {
        for (String word : WORDS.split(sentence.toLowerCase(Locale.ROOT))) {
            if (word.isEmpty()) {
                continue;
            }
            if (hasDigit(word) || WORDS_WITH_TIME.contains(word) || PERIODIC_ENDING.matcher(word).matches()
                    || word.endsWith("s") && WORDS_WITH_TIME.contains(word.substring(0, word.length() - 1))
                    || word.endsWith("ies") && WORDS_WITH_TIME.contains(word.substring(0, word.length() - 3) + "y")) {
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
