package org.parley.clean;

import java.net.URI;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.parley.clean.BlockClassifier.Classified;
import org.parley.clean.BlockClassifier.Role;
import org.parley.model.Article;
import org.parley.model.DateEvidence;
import org.parley.model.PartialDate;
import org.parley.model.Span;

/**
 * Turns a page into an {@link Article}: its blocks, each kept or dropped with a reason, and its metadata.
 * Metadata is taken from the most trustworthy source that has it: what the container supplies, then the
 * page's front matter or HTML head, then the text itself (title line, dateline, date line, credits), then the URL.
 */
public final class ArticleCleaner {
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)/(0[1-9]|1[0-2])/([0-3]\\d)/");
    private static final Set<Role> OWN_TEXT = Set.of(Role.BODY, Role.CREDIT, Role.REPEAT, Role.FURNITURE,
            Role.TITLE);
    /** How many of the first kept paragraphs may open with the dateline. */
    private static final int DATELINE_REACH = 2;
    /**
     * How far apart a yearless dateline and the page's date line may be for the date line to give the year: the
     * page's time stamp is often of another time zone or of a later update, but not of another season.
     */
    private static final int DATE_LINE_REACH_DAYS = 31;

    private ArticleCleaner() {
    }

    public static Article clean(Page page) {
        Facts facts = new Facts(page.supplied());
        String source = page.sourceText();
        List<Classified> blocks;
        if (page.markup() == Page.Markup.HTML) {
            Document doc = Jsoup.parse(source, "", Parser.htmlParser().setTrackPosition(true));
            HtmlSegmenter.Segmented segmented = HtmlSegmenter.segment(doc, source);
            HtmlMetadata html = HtmlMetadata.read(doc, segmented.root(), source);
            facts.url(html.url());
            facts.title(html.title());
            html.dates().forEach(facts::published);
            facts.outlet(html.siteName());
            blocks = BlockClassifier.classify(segmented.candidates(), facts.title, facts.url);
        } else {
            FrontMatter frontMatter = FrontMatter.parse(source);
            List<Candidate> candidates = new ArrayList<>();
            int bodyFrom = 0;
            if (frontMatter != null) {
                Span span = frontMatter.source();
                candidates.add(Candidate.dropped(source.substring(span.start(), span.end()), span, "front matter"));
                bodyFrom = span.end();
                facts.read(frontMatter);
            }
            candidates.addAll(TextSegmenter.segment(source, bodyFrom));
            blocks = BlockClassifier.classify(candidates, facts.title, facts.url);
        }
        readText(blocks, source, facts);
        return facts.article(page, blocks);
    }

    /** What the text itself says: title line, dateline, date line, credits, and what the URL says. */
    private static void readText(List<Classified> blocks, String source, Facts facts) {
        blocks.stream().filter(b -> b.role() == Role.TITLE).findFirst()
                .ifPresent(b -> facts.title(b.text()));
        List<Classified> kept = blocks.stream().filter(Classified::kept).toList();
        List<Classified> dateLines = blocks.stream()
                .filter(b -> b.role() == Role.DATE_LINE || b.role() == Role.UPDATE_DATE).toList();
        Datelines.Found dateline = null;
        for (int i = 0; i < Math.min(DATELINE_REACH, kept.size()) && dateline == null; i++) {
            dateline = Datelines.at(kept.get(i).text());
            if (dateline != null) {
                readDateline(dateline, kept.get(i).candidate(), kept, dateLines, source, facts);
            }
        }
        dateLines.stream().filter(b -> b.role() == Role.DATE_LINE).findFirst().ifPresent(b -> {
            Dates.Found date = dateOfLine(b.text());
            Span span = sourceSpan(b.candidate(), date.start(), date.end(), source);
            facts.published(new DateEvidence(date.date(), "date-line", b.text().strip(), span));
            Datelines.Found alone = Datelines.alone(b.text());
            if (facts.dateline == null && alone != null) {
                facts.dateline = new Article.Dateline(alone.place(), alone.year(),
                        Dates.monthDay(alone.month(), alone.day()), span);
            }
        });
        for (Classified b : blocks) {
            if (b.role() == Role.BODY || b.role() == Role.CREDIT) {
                String signOff = Credits.signOff(b.text());
                facts.agency(signOff == null ? null : Credits.agencyIn(signOff));
            }
        }
        for (Classified b : blocks) {
            if (b.role() == Role.CREDIT) {
                facts.agency(Credits.agencyIn(b.text()));
            }
            if (OWN_TEXT.contains(b.role())) {
                facts.outlet(Credits.outletIn(b.text()));
            }
        }
        if (facts.url != null) {
            Matcher m = URL_DATE.matcher(facts.url);
            if (m.find()) {
                facts.published(new DateEvidence(new PartialDate(Integer.parseInt(m.group(1)),
                        Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3))), "url", m.group(), null));
            }
            facts.outlet(host(facts.url));
        }
        if (dateline != null && dateline.credit() != null && Credits.canonicalAgency(dateline.credit()) == null) {
            facts.outlet(dateline.credit());
        }
    }

    /**
     * The dateline's place and date. A dateline without a year gives the publication date only when a date line
     * of the page's head (its time stamp, even that of an update) lies near its month and day, or the kept text
     * writes the same month and day with a year. The dateline's day wins over the time stamp's, which is often
     * written in another time zone.
     */
    private static void readDateline(Datelines.Found found, Candidate block, List<Classified> kept,
                                     List<Classified> dateLines, String source, Facts facts) {
        Span span = sourceSpan(block, 0, found.end(), source);
        String words = block.text().substring(0, found.end()).strip();
        facts.agency(Credits.canonicalAgency(found.credit()));
        if (found.month() == 0) {
            facts.dateline = new Article.Dateline(found.place(), null, null, span);
            return;
        }
        facts.dateline = new Article.Dateline(found.place(), found.year(), Dates.monthDay(found.month(),
                found.day()), span);
        Integer year = found.year();
        String method = "dateline";
        if (year == null) {
            year = yearOfNearDateLine(found, dateLines);
            method = "dateline, year from the date line";
        }
        if (year == null) {
            year = yearOfSameDay(found, kept);
            method = "dateline, year from a date in the text";
        }
        if (year != null) {
            facts.published(new DateEvidence(new PartialDate(year, found.month(), found.day()), method, words, span));
        }
    }

    /** The year that puts the dateline's month and day nearest a date line's date, if near enough. */
    private static Integer yearOfNearDateLine(Datelines.Found found, List<Classified> dateLines) {
        for (Classified b : dateLines) {
            PartialDate stamp = dateOfLine(b.text()).date();
            LocalDate stampDay = LocalDate.of(stamp.year(), stamp.month(), stamp.day());
            for (int year = stamp.year() - 1; year <= stamp.year() + 1; year++) {
                if (!MonthDay.of(found.month(), found.day()).isValidYear(year)) {
                    continue;
                }
                LocalDate day = LocalDate.of(year, found.month(), found.day());
                if (Math.abs(ChronoUnit.DAYS.between(day, stampDay)) <= DATE_LINE_REACH_DAYS) {
                    return year;
                }
            }
        }
        return null;
    }

    /** The date a date line gives: a date alone ("March 5, 2024 11:42 AM") or a dateline alone ("Beijing, …"). */
    private static Dates.Found dateOfLine(String line) {
        Dates.Found date = Dates.wholeLine(line);
        if (date != null) {
            return date;
        }
        Datelines.Found alone = Datelines.alone(line);
        int lead = line.indexOf(line.strip());
        return new Dates.Found(new PartialDate(alone.year(), alone.month(), alone.day()), lead,
                lead + line.strip().length(), null);
    }

    private static Integer yearOfSameDay(Datelines.Found found, List<Classified> kept) {
        for (Classified b : kept) {
            for (Dates.Found d : Dates.fullDatesIn(b.text())) {
                if (d.date().month() == found.month() && d.date().day() == found.day()) {
                    return d.date().year();
                }
            }
        }
        return null;
    }

    private static Span sourceSpan(Candidate block, int from, int to, String source) {
        return BlockOffsets.toSource(source, block.text(), block.source(), from, to);
    }

    /** The host of a URL without "www.", as the outlet's name of last resort. */
    private static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.replaceFirst("^(?:www\\d?|m|amp)\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The article's metadata as it is found: each field keeps the first value given to it. */
    private static final class Facts {
        String url;
        String title;
        DateEvidence published;
        Article.Dateline dateline;
        String outlet;
        String agency;
        final Map<String, String> metadata = new LinkedHashMap<>();

        Facts(Page.Supplied supplied) {
            url(supplied.url());
            title(supplied.title());
            published(supplied.published());
            outlet(supplied.outlet());
            String canonicalAgency = Credits.canonicalAgency(supplied.agency());
            agency(canonicalAgency != null ? canonicalAgency : supplied.agency());
            metadata.putAll(supplied.metadata());
        }

        void read(FrontMatter fm) {
            url(fm.value("URL"));
            title(fm.value("TITLE"));
            String date = fm.value("DATE");
            PartialDate parsed = date == null ? null : Dates.parseIso(date);
            if (parsed != null) {
                FrontMatter.Field f = fm.fields().get("DATE");
                published(new DateEvidence(parsed, "front-matter", date, f.source()));
            }
            String source = fm.value("SOURCE");
            outlet(source == null ? null : source.replaceFirst("\\s*\\(.*\\)\\s*$", ""));
            agency(Credits.canonicalAgency(fm.value("AGENCY")));
            Set<String> read = parsed == null ? Set.of("URL", "TITLE", "SOURCE", "AGENCY")
                    : Set.of("URL", "TITLE", "SOURCE", "AGENCY", "DATE");
            fm.fields().forEach((key, field) -> {
                if (!read.contains(key)) {
                    metadata.putIfAbsent(key, field.value());
                }
            });
        }

        void url(String v) {
            url = first(url, v);
        }

        void title(String v) {
            title = first(title, v == null ? null : Titles.clean(v));
        }

        void outlet(String v) {
            outlet = first(outlet, v);
        }

        void agency(String v) {
            agency = first(agency, v);
        }

        void published(DateEvidence v) {
            if (published == null) {
                published = v;
            }
        }

        Article article(Page page, List<Classified> blocks) {
            return new Article(page.locator(), url, title, page.sourceText(),
                    blocks.stream().map(Classified::block).toList(), published, dateline, outlet, agency,
                    page.format(), metadata);
        }

        private static String first(String current, String candidate) {
            return current != null || candidate == null || candidate.isBlank() ? current : candidate.strip();
        }
    }
}
