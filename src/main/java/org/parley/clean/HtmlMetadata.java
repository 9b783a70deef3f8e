package org.parley.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.parley.clean.PublicationDate.Label;
import org.parley.clean.PublicationDate.Source;
import org.parley.model.PartialDate;
import org.parley.model.Span;

/**
 * What an HTML page's markup says about the article: its title, publication date (meta tags, JSON-LD,
 * a {@code <time>} element in the article), site name and canonical URL.
 *
 * @param dates    the clues to the publication date its markup gives (and to the last update's)
 * @param language the language the page declares ({@code <html lang>}), or null
 */
record HtmlMetadata(String title, String siteName, String url, List<PublicationDate.Clue> dates, String language) {
    /** Meta tags that carry the publication date, in the order they are trusted. */
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[property=og:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
        "meta[name=publish-date]", "meta[name=publishdate]", "meta[name=parsely-pub-date]",
        "meta[name=dc.date.issued]", "meta[name=dc.date]", "meta[name=dcterms.created]", "meta[name=dcterms.issued]",
        "meta[name=date]", "meta[itemprop=dateCreated]"};
    /** Meta tags that carry the date of the last update. */
    private static final String[] UPDATE_META = {
        "meta[property=article:modified_time]", "meta[property=og:updated_time]", "meta[itemprop=dateModified]",
        "meta[name=dcterms.modified]", "meta[name=last-modified]"};
    /** Words of running text from which a {@code <time>}'s block is a sentence, not a stamp. */
    private static final int STAMP_WORDS = 15;
    private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — ", " :: "};

    static HtmlMetadata read(Document doc, Element article, String source) {
        List<PublicationDate.Clue> dates = new ArrayList<>();
        for (String selector : DATE_META) {
            doc.select(selector).forEach(meta -> addDate(dates, meta, "content", Source.META, Label.PUBLISHED, source));
        }
        for (String selector : UPDATE_META) {
            doc.select(selector).forEach(meta -> addDate(dates, meta, "content", Source.META, Label.UPDATED, source));
        }
        JsonObject ld = jsonLdArticle(doc);
        for (String key : new String[] {"datePublished", "dateCreated", "dateModified"}) {
            if (ld != null && ld.get(key) != null && ld.get(key).isString()) {
                String value = ld.getString(key);
                PartialDate date = DateParser.parseIso(value);
                if (date != null) {
                    dates.add(PublicationDate.Clue.of(date, Source.JSON_LD, key.equals("dateModified") ? Label.UPDATED
                            : Label.PUBLISHED, value, jsonLdSpan(doc, key, value, source), false, null));
                }
            }
        }
        Element time = publicationTime(article);
        if (time != null) {
            String marked = time.attr("itemprop");
            Label label = marked.equals("dateModified") ? Label.UPDATED
                    : marked.equals("datePublished") || time.hasAttr("pubdate") ? Label.PUBLISHED : null;
            addDate(dates, time, "datetime", Source.TIME_ELEMENT, label, source);
        }
        Element h1 = article.selectFirst("h1");
        String title = firstOf(h1 == null ? null : h1.text(), content(doc, "meta[property=og:title]"),
                ld == null ? null : string(ld.get("headline")));
        String[] titleParts = titleParts(doc);
        String siteName = firstOf(content(doc, "meta[property=og:site_name]"), publisherName(ld),
                content(doc, "meta[name=application-name]"), titleParts[1]);
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = firstOf(canonical == null ? null : canonical.attr("href"),
                content(doc, "meta[property=og:url]"));
        Element html = doc.selectFirst("html[lang]");
        return new HtmlMetadata(firstOf(title, titleParts[0]), siteName, url, dates, html == null ? null : html.attr("lang"));
    }

    private static void addDate(List<PublicationDate.Clue> dates, Element e, String attr, Source kind, Label label,
                                String source) {
        String value = e.attr(attr).strip();
        PartialDate date = DateParser.parseIso(value);
        if (date != null) {
            Range r = e.attributes().sourceRange(attr).valueRange();
            Span span = r.isTracked() && r.endPos() <= source.length() ? new Span(r.startPos(), r.endPos()) : null;
            dates.add(PublicationDate.Clue.of(date, kind, label, value, span, false, null));
        }
    }

    /**
     * The article's own {@code <time datetime>}: one marked as the publication date, else the first that is not
     * in running text (a date in a sentence is an event's, not the article's; a short line is a stamp).
     */
    private static Element publicationTime(Element article) {
        Element marked = article.selectFirst("time[datetime][itemprop=datePublished], time[datetime][pubdate]");
        if (marked != null) {
            return marked;
        }
        for (Element time : article.select("time[datetime]")) {
            Element block = time.closest("p, li, blockquote, td");
            if (block == null || Words.count(block.text()) <= STAMP_WORDS) {
                return time;
            }
        }
        return null;
    }

    /** The first JSON-LD object that is an article (NewsArticle, BlogPosting, ...), or else has a datePublished. */
    private static JsonObject jsonLdArticle(Document doc) {
        List<JsonObject> objects = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.parseAny(script.data()), objects);
            } catch (JsonException | IllegalArgumentException e) {
                // A page's broken JSON-LD is ignored: the meta tags and the text still speak.
            }
        }
        for (JsonObject o : objects) {
            JsonValue type = o.get("@type");
            String types = type == null ? "" : type.toString();
            if (types.contains("Article") || types.contains("BlogPosting") || types.contains("Report")) {
                return o;
            }
        }
        return objects.stream().filter(o -> o.hasKey("datePublished")).findFirst().orElse(null);
    }

    private static void collect(JsonValue v, List<JsonObject> into) {
        if (v.isObject()) {
            into.add(v.getAsObject());
            JsonValue graph = v.getAsObject().get("@graph");
            if (graph != null) {
                collect(graph, into);
            }
        } else if (v.isArray()) {
            v.getAsArray().forEach(item -> collect(item, into));
        }
    }

    private static String publisherName(JsonObject ld) {
        if (ld == null || ld.get("publisher") == null) {
            return null;
        }
        JsonValue publisher = ld.get("publisher");
        if (publisher.isArray() && !publisher.getAsArray().isEmpty()) {
            publisher = publisher.getAsArray().get(0);
        }
        return publisher.isObject() ? string(publisher.getAsObject().get("name")) : string(publisher);
    }

    /** Where a JSON-LD date's words lie in the page: within the script that holds them. */
    private static Span jsonLdSpan(Document doc, String key, String value, String source) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            if (script.childNodeSize() > 0 && script.childNode(0) instanceof DataNode data) {
                Range r = data.sourceRange();
                int keyAt = r.isTracked() ? source.indexOf(key, r.startPos()) : -1;
                int at = keyAt < 0 ? -1 : source.indexOf(value, keyAt);
                if (at >= 0 && at + value.length() <= r.endPos()) {
                    return new Span(at, at + value.length());
                }
            }
        }
        return null;
    }

    /**
     * The {@code <title>} split into the headline and the site's name: "Putin meets Li | The Courier" gives
     * the longest part as the headline and the last part as the site's name (null without a separator).
     */
    private static String[] titleParts(Document doc) {
        String title = doc.title().strip();
        for (String separator : TITLE_SEPARATORS) {
            String[] parts = title.split(Pattern.quote(separator));
            if (parts.length > 1) {
                String longest = Arrays.stream(parts).map(String::strip).max(Comparator.comparingInt(String::length))
                        .orElse(title);
                String last = parts[parts.length - 1].strip();
                return new String[] {longest, last.equals(longest) ? null : last};
            }
        }
        return new String[] {title.isEmpty() ? null : title, null};
    }

    private static String content(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr("content").strip();
    }

    private static String string(JsonValue v) {
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
