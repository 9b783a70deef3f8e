package org.parley.serve;

/**
 * Small pieces of HTML, escaped: every piece of data that goes into a page goes through {@link #text} or
 * {@link #attribute}, so that article text cannot inject markup.
 */
final class Html {
    private static final String STYLE = """
            body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f;
                   max-width: 62rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
            header { font-size: .9rem; color: #555; border-bottom: 1px solid #ddd; padding-bottom: .4rem; }
            header a { margin-right: 1rem; }
            h1 { font-size: 1.8rem; margin: 1rem 0 .2rem; }
            h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #eee; }
            a { color: #0b57d0; text-decoration: none; } a:hover { text-decoration: underline; }
            .meta { color: #555; margin: 0 0 1rem; } .meta span + span::before { content: " · "; }
            code { font-size: .85rem; background: #f4f4f6; padding: .1rem .3rem; border-radius: 3px;
                   overflow-wrap: anywhere; }
            table { border-collapse: collapse; width: 100%; font-size: .95rem; }
            th, td { text-align: left; vertical-align: top; padding: .3rem .6rem .3rem 0;
                     border-bottom: 1px solid #eee; }
            th { color: #555; font-weight: 600; }
            td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
            blockquote { margin: .2rem 0; padding-left: .8rem; border-left: 3px solid #ccd; }
            ul.quotes { list-style: none; padding: 0; } ul.quotes li { margin-bottom: 1rem; }
            .muted { color: #666; font-size: .9rem; }
            mark { background: #fff1a8; }
            details { margin-top: 2rem; } summary { cursor: pointer; color: #555; }
            """;

    private Html() {
    }

    /** Text content: &amp;, &lt; and &gt; escaped. */
    static String text(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A quoted attribute value. */
    static String attribute(String value) {
        return '"' + text(value) + '"';
    }

    /**
     * A link to the resource: its page on this server for a Parley IRI, the IRI itself for an http(s) IRI elsewhere,
     * plain text for anything else (such as a javascript: IRI in odd data).
     */
    static String link(String iri, String label) {
        String href = IdPaths.path(iri).orElse(iri.startsWith("http://") || iri.startsWith("https://") ? iri : null);
        return href == null ? text(label) : "<a href=" + attribute(href) + ">" + text(label) + "</a>";
    }

    /** A whole page: the title, a header with links around the server, and the body (already HTML). */
    static String page(String title, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + text(title) + " — Parley</title>\n" + head
                + "<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                + "<header><a href=\"/\">Explore</a><a href=\"/id/\">Parley linked data</a>"
                + "<a href=\"" + WebAssets.EDITOR + "\">SPARQL</a>"
                + "<a href=\"/export?format=gexf\">Export (GEXF)</a><a href=\"/context.jsonld\">JSON-LD context</a>"
                + "</header>\n" + body + "\n</body>\n</html>\n";
    }
}
