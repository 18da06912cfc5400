package app.alumni.roster;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.alumni.common.ProblemException;
import app.alumni.common.Violation;

/**
 * A roster file as sent: CSV (UTF-8 with or without a byte-order mark, or Shift_JIS as Japanese spreadsheet software
 * saves it, by the {@code charset} parameter or detected) with a header row, or a JSON array of objects. What is wrong
 * with the file as a whole (its encoding, its header) is a 400; what is wrong with a row is reported with its line.
 */
record RosterFile(Set<RosterColumn> columns, Map<RosterColumn, String> names, List<Row> rows) {

    /** At most this many rows in one import: some 20 seconds of work, well within the HTTP idle timeout (30 s). */
    static final int MAX_ROWS = 100_000;
    /** Windows-31J is what "Shift_JIS" means in practice (it also has ①, ㈱ and the NEC and IBM extensions). */
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    /**
     * One row: its line in the file (for JSON, the item's position, from 1), its cells by column, and what is wrong
     * with its shape (a cell beyond the header, an unknown key), as field and message key.
     */
    record Row(int line, Map<RosterColumn, String> cells, List<Violation> shapeErrors) {
    }

    static RosterFile parse(byte[] body, MediaType type, ObjectMapper json) {
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
            return fromJson(decode(body, StandardCharsets.UTF_8.name()), json);
        }
        return fromCsv(decode(body, type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER)));
    }

    /** The text of the body in the named charset, or detected: UTF-8 if it is valid UTF-8, else Windows-31J. */
    static String decode(byte[] body, String charsetName) {
        if (charsetName != null) {
            Charset charset = charsetOf(charsetName);
            return strictly(body, charset)
                    .orElseThrow(() -> ProblemException.invalid("body", "validation.roster.encoding", charset.name()));
        }
        return strictly(body, StandardCharsets.UTF_8).or(() -> strictly(body, WINDOWS_31J))
                .orElseThrow(() -> ProblemException.invalid("body", "validation.roster.encoding", "UTF-8 / Shift_JIS"));
    }

    private static Charset charsetOf(String name) {
        try {
            Charset charset = Charset.forName(name.strip());
            return charset.name().equals("Shift_JIS") ? WINDOWS_31J : charset;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("Content-Type", "validation.roster.charset");
        }
    }

    private static Optional<String> strictly(byte[] body, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static RosterFile fromCsv(String text) {
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(text);
        } catch (CsvReader.UnclosedQuote e) {
            throw ProblemException.invalid("body", "validation.roster.unclosed-quote", e.line);
        }
        if (records.isEmpty()) {
            throw ProblemException.invalid("body", "validation.roster.no-header");
        }
        List<String> header = records.get(0).fields();
        List<RosterColumn> byIndex = new ArrayList<>();
        Map<RosterColumn, String> names = new EnumMap<>(RosterColumn.class);
        List<Violation> violations = new ArrayList<>();
        for (String cell : header) {
            Optional<RosterColumn> column = RosterColumn.ofHeader(cell);
            if (column.isEmpty()) {
                violations.add(new Violation("header", "validation.roster.unknown-column", cell.strip()));
            } else if (names.putIfAbsent(column.get(), cell.strip()) != null) {
                violations.add(new Violation("header", "validation.roster.duplicate-column", cell.strip()));
            }
            byIndex.add(column.orElse(null));
        }
        requireColumns(names.keySet(), violations);
        if (records.size() - 1 > MAX_ROWS) {
            violations.add(new Violation("body", "validation.roster.too-many-rows", MAX_ROWS));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (CsvReader.Record record : records.subList(1, records.size())) {
            Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
            List<Violation> shape = new ArrayList<>();
            for (int i = 0; i < record.fields().size(); i++) {
                if (i < byIndex.size()) {
                    cells.put(byIndex.get(i), record.fields().get(i));
                } else if (!record.fields().get(i).isBlank()) {
                    shape.add(new Violation("line", "validation.roster.extra-cells", header.size()));
                    break;
                }
            }
            rows.add(new Row(record.line(), cells, shape));
        }
        return new RosterFile(names.keySet(), names, rows);
    }

    static RosterFile fromJson(String text, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("body", "validation.json");
        }
        if (root == null || !root.isArray()) {
            throw ProblemException.invalid("body", "validation.roster.json-array");
        }
        if (root.size() > MAX_ROWS) {
            throw ProblemException.invalid("body", "validation.roster.too-many-rows", MAX_ROWS);
        }
        Set<RosterColumn> columns = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
            List<Violation> shape = new ArrayList<>();
            if (!item.isObject()) {
                shape.add(new Violation("item", "validation.roster.json-object"));
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> field = it.next();
                    Optional<RosterColumn> column = RosterColumn.ofJsonKey(field.getKey());
                    if (column.isEmpty()) {
                        shape.add(new Violation(field.getKey(), "validation.unknown-field"));
                    } else if (field.getValue().isContainerNode()) {
                        shape.add(new Violation(field.getKey(), "validation.invalid-value"));
                    } else {
                        columns.add(column.get());
                        cells.put(column.get(), field.getValue().isNull() ? "" : field.getValue().asText());
                    }
                }
            }
            rows.add(new Row(i + 1, cells, shape));
        }
        List<Violation> violations = new ArrayList<>();
        requireColumns(columns, violations);
        if (!violations.isEmpty() && !rows.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Map<RosterColumn, String> names = new EnumMap<>(RosterColumn.class);
        columns.forEach(c -> names.put(c, c.jsonKey));
        return new RosterFile(columns, names, rows);
    }

    private static void requireColumns(Set<RosterColumn> present, List<Violation> violations) {
        for (RosterColumn column : RosterColumn.values()) {
            if (column.required() && !present.contains(column)) {
                violations.add(new Violation("header", "validation.roster.missing-column", column.jsonKey));
            }
        }
    }
}
