package org.parley.clean;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.clean.BlockClassifier.Classified;
import org.parley.clean.BlockClassifier.Role;
import org.parley.clean.DateParser.Mention;
import org.parley.clean.DateParser.Order;
import org.parley.clean.DateParser.Reading;
import org.parley.clean.PublicationDate.Clue;
import org.parley.clean.PublicationDate.Label;
import org.parley.clean.PublicationDate.Source;
import org.parley.model.PartialDate;
import org.parley.model.Span;

/**
 * The publication-date clues a page's text gives: dates in the page's head (stamps, bylines, labelled lines, the
 * title), the dateline of the first paragraph, a stamp in the credits after the body, and dates in the URL. Dates
 * beside a scrape-day widget, in teasers and appended stories, copyright years and relative stamps are recorded
 * as rejected. A numeric date that could be read day- or month-first is settled by {@link DateOrder}.
 */
final class PageDateClues {
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?i)\\b(?:first published|published|posted|filed"
            + "|air date|aired|broadcast|issued|released|dated?|created)\\b(?:\\s+(?:on|at))?\\s*[:\\-–—]?\\s*$");
    private static final Pattern UPDATED_LABEL = Pattern.compile("(?i)\\b(?:last updated|updated|last modified|modified"
            + "|edited|revised)\\b(?:\\s+(?:on|at))?\\s*[:\\-–—]?\\s*$");
    /** A relative stamp ("2 hours ago"): relative to the day the page was seen, which nothing tells. */
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(?:\\d+|an?|one|few)\\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?)\\s+ago\\b|\\bjust now\\b");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?((?:19|20)\\d\\d)\\b(.*)");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)[/-](0?[1-9]|1[0-2])(?:[/-]([0-3]?\\d))?(?=[/_.-]|$)|/((?:19|20)\\d\\d)(0[1-9]|1[0-2])([0-3]\\d)(?=[/_.-])");
    private static final Pattern URL_IN_TEXT = Pattern.compile("(?i)^(?:url|source|link)?\\s*:?\\s*(https?://\\S+)\\s*$");
    /** How far apart a yearless dateline and another dated clue may be for that clue to give the dateline's year. */
    private static final int YEAR_REACH_DAYS = 31;
    /** How near one reading of an ambiguous date another date of the page must be to speak for that reading. */
    private static final int NEAR_DAYS = 14;

    /** Words other than dates, labels and place names a stamp line may hold ("Posted", "AIR DATE", "PARIS"). */
    private static final int STAMP_LINE_WORDS = 4;

    /** What a line that is a time stamp stamps. */
    enum StampLine { PUBLICATION, UPDATE }

    private final List<Classified> blocks;
    private final String source;
    private final List<Clue> known;
    private final List<Clue> found = new ArrayList<>();
    private final List<DateOrder.Vote> pageVotes = new ArrayList<>();
    /** Every date the page writes, for the order of ambiguous ones. */
    private final List<Mention> pageDates = new ArrayList<>();
    private final List<String> pageTexts = new ArrayList<>();
    private final int bodyStart;

    private PageDateClues(List<Classified> blocks, String source, List<Clue> known) {
        this.blocks = blocks;
        this.source = source;
        this.known = known;
        int first = -1;
        for (int i = 0; i < blocks.size() && first < 0; i++) {
            if (blocks.get(i).kept()) {
                first = i;
            }
        }
        this.bodyStart = first < 0 ? blocks.size() : first;
    }

    /**
     * @param known    the clues already found in the page's metadata, which also help settle an ambiguous date
     * @param url      the page's URL, or null
     * @param language the language the page declares ("en-GB"), or null
     * @param dateline the first paragraph's dateline and its block, or null
     */
    static List<Clue> read(List<Classified> blocks, String source, List<Clue> known, String url, String language,
                           Datelines.Found dateline, Classified datelineBlock) {
        PageDateClues clues = new PageDateClues(blocks, source, known);
        clues.vote(DateOrder.ofLanguage(language), 1, "the page's language is " + language);
        clues.vote(DateOrder.ofSite(url), 1, "the site's country domain");
        clues.collectPageDates();
        clues.readBlocks();
        clues.readUrl(url, null);
        if (dateline != null && dateline.month() != 0) {
            clues.readDateline(dateline, datelineBlock);
        }
        return clues.found;
    }

    private void vote(Order order, int weight, String why) {
        if (order != null) {
            pageVotes.add(new DateOrder.Vote(order, weight, why));
        }
    }

    private void collectPageDates() {
        for (Classified b : blocks) {
            if (b.kept() || b.role() == Role.DATE_LINE || b.role() == Role.TITLE || b.role() == Role.UPDATE_DATE) {
                for (Mention m : DateParser.find(b.text())) {
                    pageDates.add(m);
                    pageTexts.add(b.text());
                }
            }
        }
    }

    /**
     * Whether a line is a time stamp: dates with a year, and besides them only a few words (labels, a place, a
     * zone). Null when it is not; else whether it stamps an update or the publication.
     */
    static StampLine stampLine(String text) {
        List<Mention> dates = DateParser.find(text);
        if (dates.isEmpty() || dates.stream().allMatch(m -> m.readings().isEmpty() || m.readings().get(0).year() == null)) {
            return null;
        }
        StringBuilder rest = new StringBuilder();
        int from = 0;
        for (Mention m : dates) {
            rest.append(text, from, m.start()).append(' ');
            from = m.end();
        }
        rest.append(text.substring(from));
        long words = java.util.Arrays.stream(rest.toString().split("[^\\p{L}]+")).filter(w -> w.length() > 1).count();
        if (words > STAMP_LINE_WORDS) {
            return null;
        }
        return label(text.substring(0, dates.get(0).start())) == Label.UPDATED ? StampLine.UPDATE : StampLine.PUBLICATION;
    }

    /** Dates in the head, the title, and the credits after the body. */
    private void readBlocks() {
        for (int i = 0; i < blocks.size(); i++) {
            Classified b = blocks.get(i);
            boolean head = i < bodyStart;
            boolean credit = !head && b.role() == Role.CREDIT;
            if (!head && !credit && b.role() != Role.TITLE) {
                continue;
            }
            String text = b.text();
            Matcher url = URL_IN_TEXT.matcher(text.strip());
            if (head && url.matches()) {
                readUrl(url.group(1), b);
                continue;
            }
            Matcher copyright = COPYRIGHT.matcher(text);
            List<Mention> mentions = DateParser.find(text);
            int from = 0;
            for (Mention m : mentions) {
                String before = text.substring(from, m.start());
                from = m.end();
                Span span = span(b, m.start(), m.end());
                String words = text.substring(m.start(), m.end());
                String rejected = rejection(b, text, m);
                if (rejected != null) {
                    found.add(Clue.rejected(Source.STAMP, words, span, rejected));
                    continue;
                }
                Reading reading = settled(m, text);
                if (reading == null || reading.date() == null) {
                    found.add(Clue.rejected(Source.STAMP, words, span, reading == null
                            ? "day or month first: the page does not settle it" : "no year"));
                    continue;
                }
                Source kind = b.role() == Role.TITLE ? Source.TITLE : Source.STAMP;
                String note = reading.order() == null ? null : "read " + (reading.order() == Order.DAY_FIRST
                        ? "day" : "month") + " first: " + DateOrder.reasons(votes(m, text), reading.order());
                found.add(Clue.of(reading.date(), kind, label(before), words, span, credit, note));
            }
            if (copyright.find()) {
                found.add(Clue.rejected(Source.STAMP, copyright.group().strip(), span(b, copyright.start(), copyright.end()),
                        "a copyright year, not a publication date"));
            } else if (RELATIVE.matcher(text).find() && head) {
                Matcher rel = RELATIVE.matcher(text);
                rel.find();
                found.add(Clue.rejected(Source.STAMP, rel.group(), span(b, rel.start(), rel.end()),
                        "a relative stamp: nothing tells the day it counts from"));
            }
        }
    }

    /** Why a date in a block is no evidence of the page's date, or null. */
    private String rejection(Classified b, String text, Mention m) {
        if (b.role() == Role.SITE_DATE || PageCues.widget(text)) {
            return "a scrape-day widget (weather, markets, clock), not the article's date";
        }
        if (b.role() == Role.TEASER || b.role() == Role.AFTER_ARTICLE || b.role() == Role.REPEAT) {
            return "in a dropped block (" + b.reason() + ")";
        }
        if (b.candidate().structuralDrop() != null) {
            return "outside the article (" + b.candidate().structuralDrop() + ")";
        }
        if (m.weekdayContradicts()) {
            return "the weekday written with it contradicts the date";
        }
        return null;
    }

    private static Label label(String before) {
        String tail = before.length() > 40 ? before.substring(before.length() - 40) : before;
        if (UPDATED_LABEL.matcher(tail).find()) {
            return Label.UPDATED;
        }
        return PUBLISHED_LABEL.matcher(tail).find() ? Label.PUBLISHED : null;
    }

    /** The reading of a date: its only one, or the one the page's evidence settles; null when unsettled. */
    private Reading settled(Mention m, String line) {
        if (!m.ambiguous()) {
            return m.reading();
        }
        Order order = DateOrder.settle(votes(m, line));
        return order == null ? null : m.readings().stream().filter(r -> r.order() == order).findFirst().orElse(null);
    }

    /** The evidence on the page for each reading of an ambiguous date. */
    private List<DateOrder.Vote> votes(Mention m, String line) {
        List<DateOrder.Vote> votes = new ArrayList<>(pageVotes);
        Order zone = DateOrder.ofZone(m.zone());
        if (zone == null) {
            for (String word : line.split("[^A-Za-z]+")) {
                zone = zone != null ? zone : DateOrder.ofZone(word);
            }
        }
        if (zone != null) {
            votes.add(new DateOrder.Vote(zone, 2, "the time zone beside it"));
        }
        if (m.separator() == '.') {
            votes.add(new DateOrder.Vote(Order.DAY_FIRST, 1, "dotted dates are written day first"));
        }
        for (int k = 0; k < pageDates.size(); k++) {
            Mention other = pageDates.get(k);
            Order shown = DateParser.orderShownBy(other, pageTexts.get(k));
            if (shown != null && other.separator() == m.separator()) {
                votes.add(new DateOrder.Vote(shown, 2, "another date on the page is written that way"));
            } else if (!other.numeric() && other.reading() != null && other.reading().day() != 0) {
                voteByNearness(m, other.reading(), votes);
            }
        }
        for (Clue c : known) {
            if (c.usable() && c.date().day() != null) {
                voteByNearness(m, new Reading(c.date().year(), c.date().month(), c.date().day(), null), votes);
            }
        }
        return votes;
    }

    /** A date of the page on one reading's day, or within two weeks of one reading only, speaks for that reading. */
    private static void voteByNearness(Mention m, Reading other, List<DateOrder.Vote> votes) {
        List<Long> distances = new ArrayList<>();
        for (Reading r : m.readings()) {
            int year = other.year() == null ? r.year() : other.year();
            if (!MonthDay.of(other.month(), other.day()).isValidYear(year)) {
                return;
            }
            distances.add(Math.abs(ChronoUnit.DAYS.between(LocalDate.of(r.year(), r.month(), r.day()),
                    LocalDate.of(year, other.month(), other.day()))));
        }
        for (int i = 0; i < distances.size(); i++) {
            long mine = distances.get(i);
            long theirs = distances.get(1 - i);
            Order order = m.readings().get(i).order();
            if (mine == 0) {
                votes.add(new DateOrder.Vote(order, 3, "the page writes the same day elsewhere"));
            } else if (mine <= NEAR_DAYS && theirs > NEAR_DAYS) {
                votes.add(new DateOrder.Vote(order, 1, "another date of the page lies near it"));
            }
        }
    }

    private void readUrl(String url, Classified block) {
        if (url == null) {
            return;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return;
        }
        boolean compact = m.group(4) != null;
        int year = Integer.parseInt(compact ? m.group(4) : m.group(1));
        int month = Integer.parseInt(compact ? m.group(5) : m.group(2));
        String day = compact ? m.group(6) : m.group(3);
        PartialDate date;
        try {
            date = new PartialDate(year, month, day == null ? null : Integer.valueOf(day));
        } catch (RuntimeException e) {
            return;
        }
        int at = block == null ? -1 : block.text().indexOf(m.group());
        Span span = at < 0 ? null : span(block, at, at + m.group().length());
        found.add(Clue.of(date, Source.URL, null, m.group(), span, false, null));
    }

    /**
     * The first paragraph's dateline. Without a year of its own, the year is the one that puts it nearest another
     * dated clue of the page (within a month), else the year the text writes with the same day, else the year of
     * a copyright line that credits the same source as the dateline; else the dateline gives no date here.
     */
    private void readDateline(Datelines.Found d, Classified block) {
        Span span = span(block, 0, d.end());
        String words = block.text().substring(0, d.end()).strip();
        if (d.year() != null) {
            found.add(Clue.of(new PartialDate(d.year(), d.month(), d.day()), Source.DATELINE, null, words, span, false,
                    null));
            return;
        }
        List<Clue> dated = new ArrayList<>(known);
        dated.addAll(found);
        for (Clue c : dated) {
            if (c.usable() && c.source() != Source.CRAWL && c.date().day() != null) {
                Integer year = nearestYear(d, c.date().toLocalDate().orElseThrow());
                if (year != null) {
                    add(d, year, words, span, 0.7, "year from the " + c.source().method + " date");
                    return;
                }
            }
        }
        for (Mention m : pageDates) {
            Reading r = m.reading();
            if (r != null && r.year() != null && r.month() == d.month() && r.day() == d.day()) {
                add(d, r.year(), words, span, 0.6, "year from the same day written in the text");
                return;
            }
        }
        Integer year = copyrightYearOf(d.credit());
        if (year != null) {
            add(d, year, words, span, 0.5, "year from the copyright line of " + d.credit());
            return;
        }
        found.add(Clue.rejected(Source.DATELINE, words, span, "the dateline gives no year"));
        // The dateline tells the day the story was filed: an update stamped on another day is no publication date.
        found.replaceAll(c -> c.usable() && c.label() == Label.UPDATED && nearestYear(d, c.date().start()) == null
                ? Clue.rejected(c.source(), c.evidence(), c.span(), "an update's date, far from the dateline's day") : c);
    }

    private void add(Datelines.Found d, int year, String words, Span span, double weight, String note) {
        if (!MonthDay.of(d.month(), d.day()).isValidYear(year)) {
            return;
        }
        found.add(new Clue(new PartialDate(year, d.month(), d.day()), Source.DATELINE, null, words, span, weight,
                null, note));
    }

    private static Integer nearestYear(Datelines.Found d, LocalDate other) {
        for (int year = other.getYear() - 1; year <= other.getYear() + 1; year++) {
            if (MonthDay.of(d.month(), d.day()).isValidYear(year)
                    && Math.abs(ChronoUnit.DAYS.between(LocalDate.of(year, d.month(), d.day()), other)) <= YEAR_REACH_DAYS) {
                return year;
            }
        }
        return null;
    }

    /** Wire copy's own copyright line ("Copyright 2023 Meridian News Service") gives the year of the story. */
    private Integer copyrightYearOf(String credit) {
        if (credit == null) {
            return null;
        }
        String key = credit.toLowerCase(Locale.ROOT);
        for (Classified b : blocks) {
            Matcher m = COPYRIGHT.matcher(b.text());
            if (m.find() && m.group(2).toLowerCase(Locale.ROOT).contains(key)) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    private Span span(Classified block, int from, int to) {
        return BlockOffsets.toSource(source, block.text(), block.candidate().source(), from, to);
    }
}
