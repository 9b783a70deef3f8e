package org.parley.eval;

import java.util.ArrayList;
import java.util.List;

/** An RFC 4180 CSV reader for the tests: the scorer's and the exports'. */
public final class CsvRecords {
    private CsvRecords() {
    }

    /**
     * The records of RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; records end in
     * CRLF or LF. An unterminated quote is an error naming {@code what} and the line it opened on.
     */
    public static List<List<String>> read(String text, String what) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false, fieldStarted = false;
        int line = 1, quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    line += ch == '\n' ? 1 : 0;
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = fieldStarted = true;
                quoteLine = line;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                endRecord(records, record, field, fieldStarted);
                record = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(ch);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(what + ": quote opened on line " + quoteLine + " is never closed");
        }
        endRecord(records, record, field, fieldStarted);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field, boolean started) {
        if (started || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        field.setLength(0);
    }
}
