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
import org.parley.model.DateEvidence;
import org.parley.model.PartialDate;
import org.parley.model.Span;

/**
 * What an HTML page's markup says about the article: its title, publication date (meta tags, JSON-LD,
 * a {@code <time>} element in the article), site name and canonical URL.
 *
 * @param dates the publication dates found, most trustworthy first
 */
record HtmlMetadata(String title, String siteName, String url, List<DateEvidence> dates) {
    /** Meta tags that carry the publication date, in the order they are trusted. */
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[property=og:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
        "meta[name=publish-date]", "meta[name=publishdate]", "meta[name=parsely-pub-date]",
        "meta[name=dc.date.issued]", "meta[name=dcterms.created]", "meta[name=date]"};
    private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — ", " :: "};

    static HtmlMetadata read(Document doc, Element article, String source) {
        List<DateEvidence> dates = new ArrayList<>();
        for (String selector : DATE_META) {
            for (Element meta : doc.select(selector)) {
                addDate(dates, meta, "content", "meta", source);
            }
        }
        JsonObject ld = jsonLdArticle(doc);
        if (ld != null && ld.get("datePublished") != null && ld.get("datePublished").isString()) {
            String value = ld.getString("datePublished");
            PartialDate date = Dates.parseIso(value);
            if (date != null) {
                dates.add(new DateEvidence(date, "json-ld", value, jsonLdSpan(doc, value, source)));
            }
        }
        Element time = publicationTime(article);
        if (time != null) {
            addDate(dates, time, "datetime", "time-element", source);
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
        return new HtmlMetadata(firstOf(title, titleParts[0]), siteName, url, dates);
    }

    private static void addDate(List<DateEvidence> dates, Element e, String attr, String method, String source) {
        String value = e.attr(attr).strip();
        PartialDate date = Dates.parseIso(value);
        if (date != null) {
            Range r = e.attributes().sourceRange(attr).valueRange();
            Span span = r.isTracked() && r.endPos() <= source.length() ? new Span(r.startPos(), r.endPos()) : null;
            dates.add(new DateEvidence(date, method, value, span));
        }
    }

    /**
     * The article's own {@code <time datetime>}: one marked as the publication date, else the first that is not
     * in running text (a date in a sentence is an event's, not the article's).
     */
    private static Element publicationTime(Element article) {
        Element marked = article.selectFirst("time[datetime][itemprop=datePublished], time[datetime][pubdate]");
        if (marked != null) {
            return marked;
        }
        for (Element time : article.select("time[datetime]")) {
            if (time.closest("p, li, blockquote, td") == null) {
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
    private static Span jsonLdSpan(Document doc, String value, String source) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            if (script.childNodeSize() > 0 && script.childNode(0) instanceof DataNode data) {
                Range r = data.sourceRange();
                int key = r.isTracked() ? source.indexOf("datePublished", r.startPos()) : -1;
                int at = key < 0 ? -1 : source.indexOf(value, key);
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
