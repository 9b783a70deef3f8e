package org.parley.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a named query's parameter stands for, which says how a value given for it is read and checked. */
public enum ParameterKind {
    /** A country: its ISO 3166-1 code (alpha-3 or alpha-2, any case), name, alias or IRI; bound to its IRI. */
    COUNTRY,
    /** A person: full name, alias, an unambiguous family name, or IRI; bound to the person's IRI. */
    PERSON,
    /** A day, month or year (yyyy-mm-dd, yyyy-mm, yyyy); bound to that text. */
    DATE,
    /** An IRI, with or without angle brackets. */
    IRI,
    /** Any text, bound as a plain string. */
    TEXT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ParameterKind parse(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** The kinds as a header names them, for a regular expression: country|person|date|iri|text. */
    static String alternatives() {
        return Arrays.stream(values()).map(ParameterKind::label).collect(Collectors.joining("|"));
    }
}
