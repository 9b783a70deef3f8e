package org.parley.clean;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Span;

/**
 * The metadata block some inputs open with: {@code KEY: value} lines closed by a line {@code ---}
 * (optionally also opened by one, as in YAML front matter). Keys are upper-cased.
 *
 * @param source where the whole block, closing line included, lies in the input
 * @param fields the values by key, each with its span in the input
 */
record FrontMatter(Span source, Map<String, Field> fields) {
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z0-9_ -]{0,30}):[ \\t]*(.*?)\\s*$");
    private static final int MAX_LINES = 60;

    record Field(String value, Span source) {
    }

    String value(String key) {
        Field f = fields.get(key);
        return f == null || f.value().isEmpty() ? null : f.value();
    }

    /** The front matter at the start of the input, or null when it has none. */
    static FrontMatter parse(String input) {
        Map<String, Field> fields = new LinkedHashMap<>();
        int pos = 0;
        boolean opened = false;
        for (int lineNo = 0; lineNo < MAX_LINES && pos < input.length(); lineNo++) {
            int eol = input.indexOf('\n', pos);
            int next = eol < 0 ? input.length() : eol + 1;
            String line = input.substring(pos, eol < 0 ? input.length() : eol).replaceFirst("\r$", "");
            if (line.strip().equals("---")) {
                if (lineNo == 0) {
                    opened = true;
                } else {
                    return fields.isEmpty() ? null : new FrontMatter(new Span(0, pos + line.length()), fields);
                }
            } else {
                Matcher m = FIELD.matcher(line);
                boolean keyOk = m.matches() && (opened || m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT)));
                if (!keyOk) {
                    return null;
                }
                fields.put(m.group(1).strip().toUpperCase(Locale.ROOT),
                        new Field(m.group(2), new Span(pos + m.start(2), pos + m.end(2))));
            }
            pos = next;
        }
        return null;
    }
}
