package org.parley.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Elements;
import org.parley.model.Span;

/**
 * Splits an HTML page into blocks in reading order and says what the page's structure tells about each:
 * whether it lies outside the article's element ({@code <article>}, {@code itemprop=articleBody},
 * {@code <main>}, else the element whose paragraphs score best, in the manner of readability), or inside a
 * container named or tagged as page furniture (nav, sidebar, related, comments, share, cookie, ...). Each
 * block's span runs from its first to its last character of text in the page source.
 */
final class HtmlSegmenter {
    /** The deepest nesting of elements a page may have. */
    static final int MAX_DEPTH = 1_000;
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "canvas", "button", "select", "option", "input", "textarea", "head", "math");
    private static final Set<String> BLOCKS = Set.of("html", "body", "p", "div", "section", "article", "main",
            "aside", "header", "footer", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt",
            "dd", "blockquote", "pre", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
            "caption", "form", "fieldset", "legend", "address", "details", "summary", "hr", "center", "dialog",
            "menu");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "form", "dialog", "menu");
    /** Class and id words of page furniture, after readability's and trafilatura's lists. */
    private static final Set<String> FURNITURE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "footer",
            "sidebar", "aside", "related", "recommended", "recirculation", "comment", "comments", "share",
            "sharing", "social", "cookie", "cookies", "consent", "gdpr", "banner", "promo", "promotion",
            "newsletter", "subscribe", "subscription", "widget", "ad", "ads", "advert", "adverts", "advertisement",
            "sponsor", "sponsored", "breadcrumb", "breadcrumbs", "popup", "modal", "trending", "outbrain",
            "taboola", "masthead", "topbar", "toolbar", "pagination", "paywall", "signup");
    private static final Set<String> CONTENT_WORDS = Set.of("article", "body", "content", "entry", "main", "post",
            "story", "text", "news");

    /** The blocks, and the element chosen as the article. */
    record Segmented(List<Candidate> candidates, Element root) {
    }

    private final String source;
    private final Element root;
    private final List<Candidate> out = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int start = -1;
    private int end = -1;
    private int linkChars;
    private Element owner;
    private boolean afterBreak;

    private HtmlSegmenter(String source, Element root) {
        this.source = source;
        this.root = root;
    }

    /**
     * @throws PageLimitException for a page nested deeper than {@value #MAX_DEPTH} elements, which no real page is:
     *                            the structure tests below walk up from each block, and would cost depth × blocks
     */
    static Segmented segment(Document doc, String source) {
        requireDepthWithin(doc, MAX_DEPTH);
        Element root = articleElement(doc);
        HtmlSegmenter s = new HtmlSegmenter(source, root);
        NodeTraversor.filter(s.new Walk(doc.body()), doc.body());
        s.flush();
        return new Segmented(s.out, root);
    }

    private static void requireDepthWithin(Document doc, int max) {
        int[] deepest = {0};
        NodeTraversor.filter((node, depth) -> {
            deepest[0] = Math.max(deepest[0], depth);
            return depth > max ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
        }, doc);
        if (deepest[0] > max) {
            throw new PageLimitException("the HTML is nested more than " + max + " elements deep, which no real "
                    + "page is; refused");
        }
    }

    /**
     * The page's text in reading order, block by block. A traversal rather than a recursion, so that no nesting
     * overflows the stack.
     */
    private final class Walk implements NodeFilter {
        private final Element top;
        private int linkDepth;

        Walk(Element top) {
            this.top = top;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node == top) {
                return FilterResult.CONTINUE;
            }
            if (node instanceof TextNode t) {
                append(t, linkDepth > 0);
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag) || hidden(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    lineBreak();
                    return FilterResult.SKIP_CHILDREN;
                }
                if (BLOCKS.contains(tag)) {
                    flush();
                } else if (tag.equals("a")) {
                    linkDepth++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node != top && node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCKS.contains(tag)) {
                    flush();
                } else if (tag.equals("a")) {
                    linkDepth--;
                }
            }
            return FilterResult.CONTINUE;
        }
    }

    /** One {@code <br>} is a space; two in a row part paragraphs, as many pages write them. */
    private void lineBreak() {
        if (afterBreak) {
            flush();
        } else {
            text.append(' ');
            afterBreak = true;
        }
    }

    private void append(TextNode node, boolean inLink) {
        String whole = node.getWholeText();
        if (Words.isBlank(whole)) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            return;
        }
        afterBreak = false;
        Range range = node.sourceRange();
        if (range.isTracked()) {
            int s = range.startPos();
            int e = range.endPos();
            while (s < e && Words.isSpace(source.charAt(s))) {
                s++;
            }
            while (e > s && Words.isSpace(source.charAt(e - 1))) {
                e--;
            }
            if (start < 0) {
                start = s;
            }
            end = Math.max(end, e);
        }
        if (owner == null) {
            owner = blockOf(node);
        }
        String collapsed = whole.replaceAll("[\\s\\u00a0]+", " ");
        text.append(collapsed);
        if (inLink) {
            linkChars += collapsed.strip().length();
        }
    }

    private void flush() {
        String block = text.toString().replaceAll("\\s+", " ").strip();
        if (!block.isEmpty() && owner != null) {
            Span span = start >= 0 ? new Span(start, end) : elementSpan(owner);
            double density = Math.min(1.0, linkChars / (double) block.length());
            out.add(new Candidate(block, span, structuralDrop(owner), headingLevel(owner), density));
        }
        text.setLength(0);
        start = -1;
        end = -1;
        linkChars = 0;
        owner = null;
        afterBreak = false;
    }

    /** Why the structure rules the block out, or null when it lies plainly inside the article. */
    private String structuralDrop(Element block) {
        if (!isWithin(block, root)) {
            for (Element e = block; e != null; e = e.parent()) {
                String furniture = furniture(e);
                if (furniture != null) {
                    return "outside the article: " + furniture;
                }
            }
            // The headline often stands above the element that holds the paragraphs: the classifier reads it.
            return block.normalName().equals("h1") ? null : "outside the article";
        }
        for (Element e = block; e != null && e != root; e = e.parent()) {
            String furniture = furniture(e);
            if (furniture != null) {
                return furniture;
            }
            if (e.normalName().equals("article")) {
                return "another story (an <article> inside the article)";
            }
            if (e.normalName().equals("figcaption")) {
                return "image caption";
            }
        }
        return null;
    }

    /** What makes the element page furniture (its tag, or a class or id word), or null. */
    private static String furniture(Element e) {
        if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return null;
        }
        if (FURNITURE_TAGS.contains(e.normalName())) {
            return "page furniture <" + e.normalName() + ">";
        }
        for (String attr : new String[] {"class", "id"}) {
            if (nameWords(e.attr(attr)).stream().anyMatch(FURNITURE_WORDS::contains)) {
                return "page furniture " + attr + "=\"" + abbreviate(e.attr(attr)) + "\"";
            }
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (Set.of("navigation", "banner", "contentinfo", "complementary", "dialog").contains(role)) {
            return "page furniture role=\"" + role + "\"";
        }
        return null;
    }

    /** "relatedStories share-bar" as its words: related, stories, share, bar. */
    private static List<String> nameWords(String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        String spaced = value.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Arrays.stream(spaced.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean hidden(Element e) {
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return e.hasAttr("hidden") || style.contains("display:none") || style.contains("visibility:hidden")
                || e.attr("aria-hidden").equalsIgnoreCase("true");
    }

    private static Element blockOf(Node node) {
        Element e = node.parent() instanceof Element p ? p : null;
        while (e != null && !BLOCKS.contains(e.normalName())) {
            e = e.parent();
        }
        return e;
    }

    private static int headingLevel(Element e) {
        String tag = e.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)) ? tag.charAt(1) - '0' : 0;
    }

    private static Span elementSpan(Element e) {
        Range r = e.sourceRange();
        return r.isTracked() ? new Span(r.startPos(), Math.max(r.startPos(), e.endSourceRange().endPos()))
                : new Span(0, 0);
    }

    private static boolean isWithin(Element e, Element ancestor) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    // --- choosing the article's element ---

    /**
     * The element that holds the article: the {@code itemprop=articleBody} (widened to its {@code <article>}),
     * else the {@code <article>} with the most paragraph text, else {@code <main>}, else the element whose
     * paragraphs score best.
     */
    static Element articleElement(Document doc) {
        Element body = best(doc.select("[itemprop=articleBody]"));
        if (body != null) {
            Element article = body.closest("article");
            return article != null ? article : body;
        }
        Element article = best(doc.select("article"));
        if (article != null) {
            return article;
        }
        Element main = best(doc.select("main, [role=main]"));
        if (main != null) {
            return main;
        }
        Element scored = bestScored(doc);
        return scored != null ? scored : doc.body();
    }

    /** Of the elements not inside page furniture, the one with the most paragraph text; null if none has any. */
    private static Element best(Elements elements) {
        Element best = null;
        int bestLength = 0;
        for (Element e : elements) {
            int length = paragraphText(e);
            if (length > bestLength && !insideFurniture(e)) {
                best = e;
                bestLength = length;
            }
        }
        return best;
    }

    private static boolean insideFurniture(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (furniture(a) != null) {
                return true;
            }
        }
        return false;
    }

    private static int paragraphText(Element e) {
        int length = 0;
        for (Element p : e.select("p")) {
            if (linkDensity(p) < 0.5) {
                length += p.text().length();
            }
        }
        return length;
    }

    /**
     * Readability's scoring: each paragraph of some length scores for its parent (fully) and grandparent (half)
     * by its commas and length; class and id words for content raise a score, words for furniture lower it, and
     * links discount it.
     */
    private static Element bestScored(Document doc) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : doc.select("p, pre, td")) {
            String t = p.text();
            if (t.length() < 25 || insideFurniture(p)) {
                continue;
            }
            double score = 1 + t.chars().filter(c -> c == ',').count() + Math.min(t.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        return scores.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        en -> (en.getValue() + classWeight(en.getKey())) * (1 - linkDensity(en.getKey()))))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static double classWeight(Element e) {
        List<String> words = nameWords(e.className() + " " + e.id());
        double weight = 0;
        if (words.stream().anyMatch(CONTENT_WORDS::contains)) {
            weight += 25;
        }
        if (words.stream().anyMatch(FURNITURE_WORDS::contains)) {
            weight -= 25;
        }
        return weight;
    }

    private static double linkDensity(Element e) {
        int length = e.text().length();
        return length == 0 ? 0 : e.select("a").text().length() / (double) length;
    }
}
