package org.parley.model;

import java.util.List;
import java.util.Map;

/**
 * One input article after reading and cleaning: the original input, the blocks found in it
 * (kept or dropped), and its metadata. Offsets everywhere point into {@link #sourceText()}.
 *
 * @param locator    the input's locator: the file path as given to ingest (with "#N" for the Nth record
 *                   of a JSONL or WARC file), or the URL
 * @param url        the article's URL, or null
 * @param title      the title, or null
 * @param sourceText the original input as decoded text (for HTML, the page source)
 * @param blocks     the page's blocks in reading order, each kept or dropped with a reason
 * @param published  the publication date with its evidence, or null when unknown
 * @param dateline   the dateline's place and date if the body opens with one ("Moscow, Apr 16 (AP)"), or null
 * @param outlet     the publishing outlet ("LatestLY", "kremlin.ru"), or null
 * @param agency     the wire agency credited (AP, PTI, ANI, AFP, Reuters, TASS, Xinhua), or null
 * @param format     the detected input format: txt, html, jsonl, warc
 * @param metadata   any other key/value metadata (front matter, JSONL fields)
 * @param dateCandidates every candidate weighed for the publication date, with its score and verdict
 */
public record Article(
        String locator,
        String url,
        String title,
        String sourceText,
        List<TextBlock> blocks,
        DateEvidence published,
        Dateline dateline,
        String outlet,
        String agency,
        String format,
        Map<String, String> metadata,
        List<DateCandidate> dateCandidates) {

    public Article {
        blocks = List.copyOf(blocks);
        metadata = Map.copyOf(metadata);
        dateCandidates = List.copyOf(dateCandidates);
    }

    /** An article whose publication date was given, not weighed among candidates. */
    public Article(String locator, String url, String title, String sourceText, List<TextBlock> blocks,
                   DateEvidence published, Dateline dateline, String outlet, String agency, String format,
                   Map<String, String> metadata) {
        this(locator, url, title, sourceText, blocks, published, dateline, outlet, agency, format, metadata, List.of());
    }

    /** The same article with another publication date. */
    public Article withPublished(DateEvidence date) {
        return new Article(locator, url, title, sourceText, blocks, date, dateline, outlet, agency, format, metadata,
                dateCandidates);
    }

    public List<TextBlock> keptBlocks() {
        return blocks.stream().filter(TextBlock::kept).toList();
    }

    /**
     * The place and date an article's opening dateline gives ("Moscow, Apr 16 (AP)"), and its span in the
     * source. A dateline often has no year: {@code year} is then null and may be settled by other evidence.
     */
    public record Dateline(String place, Integer year, java.time.MonthDay monthDay, Span source) {
    }
}
