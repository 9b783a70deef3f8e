package org.parley.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words with which news pages mark what is not the article: teaser cues ("Also Read |"), headings of
 * other-story rails ("Related articles"), end marks ("###"), and the furniture of a page's head (weather,
 * reading time, empty labels). Each test returns the cue as the page wrote it, for the block's reason.
 */
final class PageCues {
    /** A line that introduces another story: the line itself is a teaser. */
    private static final Pattern TEASER = Pattern.compile(
            "^(?:also read|read also|also see|also watch|must read|read more|more on this|sponsored"
                    + "|trending now)\\b\\s*[|:\\-–—]?", Pattern.CASE_INSENSITIVE);

    /** A heading after which a page lists other stories or its comments: the article is over. */
    private static final Pattern RAIL_HEADING = Pattern.compile(
            "^(?:related (?:articles?|stories|news|posts|coverage|topics)|related|latest from\\b.*|latest news"
                    + "|latest stories|more from\\b.*|more stories|more news|don'?t miss|you may (?:also )?like"
                    + "|you might (?:also )?like|comments?|leave a (?:comment|reply)|trending(?: stories)?|most read"
                    + "|most popular|top stories|read next|what to read next|recommended(?: for you| stories)?"
                    + "|popular (?:stories|posts|news)|tags|topics|related topics|filed under|categories)\\s*[:|]?$",
            Pattern.CASE_INSENSITIVE);

    /** A link to the neighbouring story: the line after it is that story's headline. */
    private static final Pattern NEIGHBOUR = Pattern.compile(
            "^(?:previous|next|prev)\\s+(?:story|article|post)\\s*$", Pattern.CASE_INSENSITIVE);

    /** The end mark of a press release or wire copy. */
    private static final Pattern END_MARK = Pattern.compile(
            "^(?:\\\\?#{2,3}|-\\s*30\\s*-|-?\\s*ends?\\s*-?|\\(ends?\\))$", Pattern.CASE_INSENSITIVE);

    /** A call to action of the site, not of the article. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "^(?:follow us|subscribe to|sign up|click here|download the|join our|tired of too many ads"
                    + "|get the latest news|share this|share post|print this)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern WEATHER = Pattern.compile(
            "^-?\\d{1,2}(?:[.,]\\d)?\\s*(?:°\\s*[CF]?|[CF])(?:\\s+\\p{L}+){0,2}$");
    /**
     * What puts a date in a scrape-day widget: a temperature, a weather word, a market move (arrows, signed
     * percentages, currency pairs), "today is".
     */
    private static final Pattern WIDGET = Pattern.compile(
            "-?\\d{1,2}(?:[.,]\\d)?\\s*°\\s*[CF]?|[▲▼☀☁☂☔❄⛅]|[+−-]\\d+(?:[.,]\\d+)?\\s*%|\\d+(?:[.,]\\d+)?\\s*%"
                    + "|\\b[A-Z]{3}/[A-Z]{3}\\b|(?i:\\b(?:today is|sunny|cloudy|showers|light snow|snow|rain|humidity"
                    + "|overcast|partly cloudy)\\b)");
    private static final Pattern READING_TIME = Pattern.compile(
            "^\\d{1,2}\\s*(?:min|mins|minutes?)\\s+read$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPTY_LABEL = Pattern.compile("^[\\p{L} ]{2,20}:$");
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Written by|Reported by)\\s+\\p{Lu}.{0,80}$");

    private PageCues() {
    }

    /** The teaser cue the block opens with ("Also Read |"), or null. Long paragraphs are never teasers. */
    static String teaser(String text) {
        return Words.count(text) <= 40 ? opening(TEASER, text) : null;
    }

    static String railHeading(String text) {
        return whole(RAIL_HEADING, text);
    }

    static String neighbourLink(String text) {
        return whole(NEIGHBOUR, text);
    }

    static String endMark(String text) {
        return whole(END_MARK, text);
    }

    static String callToAction(String text) {
        return Words.count(text) <= 25 ? opening(CALL_TO_ACTION, text) : null;
    }

    static boolean weather(String text) {
        return WEATHER.matcher(text.strip()).matches();
    }

    /** A line that holds a widget beside its date (weather, markets, a clock): the date is the day of scraping. */
    static boolean widget(String text) {
        return WIDGET.matcher(text).find();
    }

    static boolean readingTime(String text) {
        return READING_TIME.matcher(text.strip()).matches();
    }

    static boolean emptyLabel(String text) {
        return EMPTY_LABEL.matcher(text.strip()).matches();
    }

    static boolean byline(String text) {
        return BYLINE.matcher(text.strip()).matches();
    }

    private static String opening(Pattern p, String text) {
        String line = normalise(text);
        Matcher m = p.matcher(line);
        return m.find() ? line.substring(0, m.end()).strip() : null;
    }

    private static String whole(Pattern p, String text) {
        String line = normalise(text);
        return p.matcher(line).matches() ? text.strip() : null;
    }

    /** Curly apostrophes as straight ones, runs of white space as one space, ends trimmed. */
    private static String normalise(String text) {
        return text.strip().replace('’', '\'').replaceAll("[\\s\\u00a0]+", " ");
    }
}
