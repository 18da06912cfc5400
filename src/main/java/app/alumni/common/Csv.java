package app.alumni.common;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV for spreadsheet software: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark so that Japanese
 * opens correctly, and cells that would start a formula (=, +, -, @) defused with a leading apostrophe.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private final StringBuilder out = new StringBuilder();

    public Csv row(List<String> cells) {
        out.append(cells.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    public byte[] toBytes() {
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
