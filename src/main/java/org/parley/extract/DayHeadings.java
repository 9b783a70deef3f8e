package org.parley.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Article;
import org.parley.model.TextBlock;

/**
 * The days a live report's sections are headed by: a block that is nothing but a day ("Fri 8 Mar 2024", "Saturday,
 * March 9") dates the entries under it, up to the next such block. "The delegations are seated" under "Fri 8 Mar 2024" is
 * news of the 8th, whatever day the page was first published. Headings count only where two or more of them, each
 * within {@value #MAX_DAYS_FROM_ANCHOR} days of the page's own day, head some of the article's text: that is a report
 * kept up over several days; a lone date block, or stamps of publication and update standing together, are the
 * page's own.
 */
final class DayHeadings {
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\\.?";
    private static final Pattern HEADING = Pattern.compile("(?i)^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?"
            + "(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "|" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?)"
            + ",?(?:\\s+(\\d{4}))?$");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    /** How far a section's day may lie from the page's own day: a live report runs for days, not weeks. */
    private static final int MAX_DAYS_FROM_ANCHOR = 7;

    private DayHeadings() {
    }

    /**
     * For each of the article's kept blocks, in order, the day of the heading it stands under, or null.
     *
     * @param anchor the page's own day, which gives a heading without a year its year; null when unknown
     */
    static List<LocalDate> underHeadings(Article article, LocalDate anchor) {
        List<LocalDate> days = new ArrayList<>();
        java.util.Set<LocalDate> headingText = new java.util.HashSet<>();
        LocalDate current = null;
        for (TextBlock block : article.blocks()) {
            LocalDate heading = day(block.text().strip(), anchor);
            if (heading != null) {
                current = heading;
            } else if (block.kept() && current != null) {
                headingText.add(current);
            }
            if (block.kept()) {
                days.add(current);
            }
        }
        // Days that head some of the article's text (a block that is not itself a heading): a page's stamps of
        // publication and update stand together above it and head nothing but each other.
        boolean live = headingText.size() >= 2;
        return live ? days : days.stream().map(d -> (LocalDate) null).toList();
    }

    /** The day a heading names, when the block is one and lies near the page's day; else null. */
    static LocalDate day(String block, LocalDate anchor) {
        Matcher m = HEADING.matcher(block);
        if (!m.matches() || anchor == null && m.group(5) == null) {
            return null;
        }
        int dayOfMonth = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
        String month = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        int year = m.group(5) != null ? Integer.parseInt(m.group(5)) : anchor.getYear();
        try {
            LocalDate day = LocalDate.of(year, MONTHS.indexOf(month) + 1, dayOfMonth);
            return anchor == null || Math.abs(ChronoUnit.DAYS.between(anchor, day)) <= MAX_DAYS_FROM_ANCHOR ? day : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
