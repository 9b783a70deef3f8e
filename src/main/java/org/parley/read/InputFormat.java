package org.parley.read;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The formats inputs come in, told apart by file name and by content. */
public enum InputFormat {
    TXT("txt", ".txt", ".text", ".md"),
    HTML("html", ".html", ".htm", ".xhtml"),
    JSONL("jsonl", ".jsonl", ".ndjson"),
    WARC("warc", ".warc", ".warc.gz");

    private final String label;
    private final List<String> extensions;

    InputFormat(String label, String... extensions) {
        this.label = label;
        this.extensions = List.of(extensions);
    }

    /** The format's name in {@link org.parley.model.Article#format()}. */
    public String label() {
        return label;
    }

    /** The format a file name's extension names, or null. */
    static InputFormat byName(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.extensions.stream().anyMatch(lower::endsWith)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The format of an input that is not gzip-compressed, from its first bytes and its name (null for standard
     * input). Content that settles the question wins over the name: WARC's magic, an HTML document's start.
     *
     * @throws UnreadableInputException for binary content, or a .warc file that is not one
     */
    static InputFormat detect(String name, byte[] head) throws UnreadableInputException {
        if (TextDecoding.startsWith(head, 'W', 'A', 'R', 'C', '/')) {
            return WARC;
        }
        InputFormat named = byName(name);
        if (named == WARC) {
            throw new UnreadableInputException("not a WARC file: it does not start with \"WARC/1.\"");
        }
        String binary = TextDecoding.binaryKind(head);
        if (binary != null) {
            throw new UnreadableInputException("cannot read " + binary + "; expected text, HTML, JSONL or WARC");
        }
        String start = new String(head, StandardCharsets.ISO_8859_1).replace("ï»¿", "").strip()
                .toLowerCase(Locale.ROOT);
        boolean html = start.startsWith("<!doctype html") || start.startsWith("<html")
                || start.startsWith("<") && (start.contains("<html") || start.contains("<body"));
        if (named == HTML || named == JSONL) {
            return named;
        }
        if (html) {
            return HTML;
        }
        return named == null && start.startsWith("{") ? JSONL : TXT;
    }
}
