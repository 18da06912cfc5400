package app.alumni.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as spreadsheets write it (RFC 4180): fields separated by commas, quoted with double quotes when they hold
 * commas, quotes or line breaks, lines ending in CRLF or LF. Blank lines are skipped.
 */
final class CsvReader {

    /** A record and the line of the file it starts on (1-based), for error messages. */
    record Record(int line, List<String> fields) {
    }

    /** A quote left open at the end of the file. */
    static final class UnclosedQuote extends RuntimeException {

        final int line;

        UnclosedQuote(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    private CsvReader() {
    }

    static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                add(records, recordLine, fields);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new UnclosedQuote(recordLine);
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            add(records, recordLine, fields);
        }
        return records;
    }

    private static void add(List<Record> records, int line, List<String> fields) {
        if (fields.stream().anyMatch(f -> !f.isBlank())) {
            records.add(new Record(line, fields));
        }
    }
}
