package org.parley.clean;

import java.net.URI;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * page's front matter or HTML head, then the text itself (title line, dateline, credits), then the URL. The
 * publication date is a decision among every clue the page gives ({@link PublicationDate}).
 */
public final class ArticleCleaner {
    /** The WARC header that tells when the page was crawled: a publication date of last resort. */
    private static final String WARC_DATE = "warc-date";
    private static final Set<Role> OWN_TEXT = Set.of(Role.BODY, Role.CREDIT, Role.REPEAT, Role.FURNITURE,
            Role.TITLE);
    /** How many of the first kept paragraphs may open with the dateline. */
    private static final int DATELINE_REACH = 2;
    private ArticleCleaner() {
    }

    public static Article clean(Page page) {
        Facts facts = new Facts(page.supplied());
        String source = page.sourceText();
        List<Classified> blocks;
        String language = null;
        if (page.markup() == Page.Markup.HTML) {
            Document doc = Jsoup.parse(source, "", Parser.htmlParser().setTrackPosition(true));
            HtmlSegmenter.Segmented segmented = HtmlSegmenter.segment(doc, source);
            HtmlMetadata html = HtmlMetadata.read(doc, segmented.root(), source);
            facts.url(html.url());
            facts.title(html.title());
            facts.dateClues.addAll(html.dates());
            language = html.language();
            facts.outlet(html.siteName());
            blocks = BlockClassifier.classify(normalised(segmented.candidates()), facts.title, facts.url);
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
            blocks = BlockClassifier.classify(normalised(candidates), facts.title, facts.url);
        }
        readText(blocks, source, facts, language);
        return facts.article(page, blocks, PublicationDate.decide(facts.dateClues));
    }

    /** What the text itself says: title line, dateline, credits, the publication date's clues. */
    private static void readText(List<Classified> blocks, String source, Facts facts, String language) {
        blocks.stream().filter(b -> b.role() == Role.TITLE).findFirst()
                .ifPresent(b -> facts.title(b.text()));
        List<Classified> kept = blocks.stream().filter(Classified::kept).toList();
        Datelines.Found dateline = null;
        Classified datelineBlock = null;
        for (int i = 0; i < Math.min(DATELINE_REACH, kept.size()) && dateline == null; i++) {
            dateline = Datelines.at(kept.get(i).text());
            if (dateline != null) {
                datelineBlock = kept.get(i);
                readDateline(dateline, datelineBlock.candidate(), source, facts);
            }
        }
        blocks.stream().filter(b -> b.role() == Role.DATE_LINE).findFirst().ifPresent(b -> {
            Datelines.Found alone = Datelines.alone(b.text());
            if (facts.dateline == null && alone != null) {
                facts.dateline = new Article.Dateline(alone.place(), alone.year(), MonthDay.of(alone.month(), alone.day()),
                        sourceSpan(b.candidate(), 0, b.text().length(), source));
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
        facts.dateClues.addAll(PageDateClues.read(blocks, source, List.copyOf(facts.dateClues), facts.url, language,
                dateline, datelineBlock));
        if (facts.url != null) {
            facts.outlet(host(facts.url));
        }
        if (dateline != null && dateline.credit() != null && Credits.canonicalAgency(dateline.credit()) == null) {
            facts.outlet(dateline.credit());
        }
    }

    /** The dateline's place and, when it has one, its month and day (its year may be unknown). */
    private static void readDateline(Datelines.Found found, Candidate block, String source, Facts facts) {
        Span span = sourceSpan(block, 0, found.end(), source);
        facts.agency(Credits.canonicalAgency(found.credit()));
        facts.dateline = new Article.Dateline(found.place(), found.year(),
                found.month() == 0 ? null : MonthDay.of(found.month(), found.day()), span);
    }

    /** The blocks' texts normalised before anything reads them; their spans still point into the original. */
    private static List<Candidate> normalised(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::normalised).toList();
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
        /** The clues to the publication date, weighed once all are found. */
        final List<PublicationDate.Clue> dateClues = new ArrayList<>();
        Article.Dateline dateline;
        String outlet;
        String agency;
        final Map<String, String> metadata = new LinkedHashMap<>();

        Facts(Page.Supplied supplied) {
            url(supplied.url());
            title(supplied.title());
            DateEvidence date = supplied.published();
            if (date != null) {
                dateClues.add(PublicationDate.Clue.of(date.date(), PublicationDate.Source.SUPPLIED, null,
                        date.evidence(), date.source(), false, date.method()));
            }
            PartialDate crawled = supplied.metadata().containsKey(WARC_DATE)
                    ? DateParser.parseIso(supplied.metadata().get(WARC_DATE)) : null;
            if (crawled != null) {
                dateClues.add(PublicationDate.Clue.of(crawled, PublicationDate.Source.CRAWL, null,
                        supplied.metadata().get(WARC_DATE), null, false, null));
            }
            outlet(supplied.outlet());
            String canonicalAgency = Credits.canonicalAgency(supplied.agency());
            agency(canonicalAgency != null ? canonicalAgency : supplied.agency());
            metadata.putAll(supplied.metadata());
        }

        void read(FrontMatter fm) {
            url(fm.value("URL"));
            title(fm.value("TITLE"));
            String date = fm.value("DATE");
            PartialDate parsed = date == null ? null : DateParser.parseIso(date);
            if (parsed != null) {
                FrontMatter.Field f = fm.fields().get("DATE");
                dateClues.add(PublicationDate.Clue.of(parsed, PublicationDate.Source.FRONT_MATTER, null, date,
                        f.source(), false, null));
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
            title = first(title, v == null ? null : Titles.clean(TextNormaliser.normalise(v).text()));
        }

        void outlet(String v) {
            outlet = first(outlet, v);
        }

        void agency(String v) {
            agency = first(agency, v);
        }

        Article article(Page page, List<Classified> blocks, PublicationDate.Decision date) {
            return new Article(page.locator(), url, title, page.sourceText(),
                    blocks.stream().map(Classified::block).toList(), date.chosen(), dateline, outlet, agency,
                    page.format(), metadata, date.candidates());
        }

        private static String first(String current, String candidate) {
            return current != null || candidate == null || candidate.isBlank() ? current : candidate.strip();
        }
    }
}
