package org.parley.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.parley.clean.DateParser;
import org.parley.clean.Page;
import org.parley.model.DateEvidence;
import org.parley.model.PartialDate;

/**
 * Reads a JSONL (newline-delimited JSON) feed: one article per line, as a JSON object with these fields.
 * <ul>
 *   <li>{@code text} or {@code html} (one is required, a string): the article as plain text, or its page as
 *       HTML; with both, {@code text} is read. The value is the article's source text: offsets point into it.</li>
 *   <li>{@code url} (string, optional): the article's URL.</li>
 *   <li>{@code title} (string, optional): its title.</li>
 *   <li>{@code published} (string, optional): its publication date, ISO 8601 date or date-time
 *       ({@code 2023-04-16}, {@code 2023-04-16T08:30:00+03:00}); the date is taken as written.</li>
 *   <li>{@code outlet}, {@code agency} (strings, optional): the publishing outlet and the wire agency
 *       credited ("AP", "Press Trust of India", ...).</li>
 * </ul>
 * Other fields are kept as the article's metadata. Blank lines are skipped. A bad line (not a JSON object,
 * neither text nor html, a field of the wrong type, a published value that is not a date) is reported as
 * {@code feed.jsonl#N} with its line number, and the other lines are still read. See docs/jsonl.md.
 */
final class JsonlFeedReader {
    private static final Set<String> KNOWN = Set.of("text", "html", "url", "title", "published", "outlet", "agency");

    private JsonlFeedReader() {
    }

    static void read(String locator, ByteSource source, ArticleSources.Reading reading) throws IOException {
        try (InputStream in = source.open()) {
            BoundedLines lines = new BoundedLines(in, reading.limits().maxArticleBytes());
            while (true) {
                BoundedLines.Line line;
                try {
                    line = lines.next();
                } catch (IOException e) {
                    reading.failed(locator + "#" + (lines.lineNumber() + 1), "the file breaks off inside this line ("
                            + Messages.oneLine(e) + "); the " + lines.lineNumber() + " lines before it were read", e);
                    return;
                }
                if (line == null) {
                    return;
                }
                String recordLocator = locator + "#" + line.number();
                try {
                    String text = text(line, reading.limits());
                    if (!text.isBlank()) {
                        reading.page(page(recordLocator, line.number(), text));
                    }
                } catch (UnreadableInputException e) {
                    reading.failed(recordLocator, e.getMessage(), e);
                } catch (RuntimeException | StackOverflowError e) {
                    reading.failed(recordLocator, "line " + line.number() + ": " + Messages.oneLine(e), e);
                }
            }
        }
    }

    /** The line as text: UTF-8, as JSON is, and whole; a byte-order mark on the first line is dropped. */
    private static String text(BoundedLines.Line line, InputLimits limits) throws UnreadableInputException {
        String where = "line " + line.number() + ": ";
        if (line.tooLong()) {
            throw new UnreadableInputException(where + limits.tooLarge("the line"));
        }
        byte[] bytes = line.bytes();
        int from = line.number() == 1 && TextDecoding.startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        TextDecoding.Utf8Check check = TextDecoding.Utf8Check.of(bytes);
        if (check.firstError() >= from) {
            throw new UnreadableInputException(where + "not valid UTF-8 (a broken byte sequence at byte "
                    + "offset " + check.firstError() + " of the line)");
        }
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }

    static Page page(String locator, int lineNo, String line) throws UnreadableInputException {
        String where = "line " + lineNo + ": ";
        JsonObject o;
        try {
            o = JSON.parse(line);
        } catch (JsonParseException e) {
            throw new UnreadableInputException(where + "invalid JSON at column " + e.getColumn() + ": "
                    + e.getMessage());
        }
        String text = string(o, "text", where);
        String html = string(o, "html", where);
        if (text == null && html == null) {
            throw new UnreadableInputException(where + "missing field \"text\" or \"html\"");
        }
        String published = string(o, "published", where);
        DateEvidence date = null;
        if (published != null) {
            PartialDate parsed = DateParser.parseIso(published);
            if (parsed == null) {
                throw new UnreadableInputException(where + "field \"published\" is not an ISO 8601 date: \""
                        + published + "\"");
            }
            date = new DateEvidence(parsed, "jsonl", published, null);
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String key : o.keys()) {
            if (!KNOWN.contains(key) && !o.get(key).isNull()) {
                metadata.put(key, flat(o.get(key)));
            }
        }
        Page.Supplied supplied = new Page.Supplied(string(o, "url", where), string(o, "title", where), date,
                string(o, "outlet", where), string(o, "agency", where), metadata);
        return text != null
                ? new Page(locator, InputFormat.JSONL.label(), Page.Markup.TEXT, text, supplied)
                : new Page(locator, InputFormat.JSONL.label(), Page.Markup.HTML, html, supplied);
    }

    /** The field's string value; null when absent or null. */
    private static String string(JsonObject o, String key, String where) throws UnreadableInputException {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new UnreadableInputException(where + "field \"" + key + "\" is not a string");
        }
        return v.getAsString().value();
    }

    /** A metadata value as text: strings as they are, lists of strings joined, anything else as JSON. */
    private static String flat(JsonValue v) {
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isArray() && v.getAsArray().stream().allMatch(JsonValue::isString)) {
            return v.getAsArray().stream().map(e -> e.getAsString().value()).collect(Collectors.joining("; "));
        }
        return JSON.toStringFlat(v);
    }
}
