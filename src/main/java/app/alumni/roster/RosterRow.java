package app.alumni.roster;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.alumni.common.JsonTextRules;
import app.alumni.common.Violation;
import app.alumni.member.RosterEntry;

/**
 * One valid row of a roster file, typed: what an entry becomes. Months are stored as their first day. A column the
 * file does not have is null here and leaves an existing entry's value as it is.
 */
record RosterRow(int line, String employeeNumber, String fullName, String fullNameKana, String email, LocalDate joinedOn,
        LocalDate leftOn, String lastDepartment, Boolean contactOptIn, Boolean rehireInterest) {

    static final Pattern EMPLOYEE_NUMBER = Pattern.compile("^[A-Z0-9-]{1,32}$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s\"(),:;<>\\[\\\\\\]]+@[^@\\s\"(),:;<>\\[\\\\\\]]+\\.[^@\\s\"(),:;<>\\[\\\\\\]]+$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})[-/](\\d{1,2})(?:[-/](\\d{1,2}))?$");

    /** The row typed, or null with its problems added to {@code errors} as (field, message key, arguments). */
    static RosterRow of(RosterFile.Row row, Set<RosterColumn> columns, YearMonth thisMonth, List<Violation> errors) {
        Map<RosterColumn, String> cells = row.cells();
        int before = errors.size();
        errors.addAll(row.shapeErrors());
        for (Map.Entry<RosterColumn, String> cell : cells.entrySet()) {
            String problem = JsonTextRules.problemOf(cell.getValue());
            if (problem != null) {
                errors.add(new Violation(cell.getKey().jsonKey, problem));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        String number = RosterEntry.numberKey(text(cells, RosterColumn.EMPLOYEE_NUMBER));
        if (number == null || number.isEmpty()) {
            errors.add(new Violation(RosterColumn.EMPLOYEE_NUMBER.jsonKey, "validation.required"));
        } else if (!EMPLOYEE_NUMBER.matcher(number).matches()) {
            errors.add(new Violation(RosterColumn.EMPLOYEE_NUMBER.jsonKey, "validation.roster.employee-number"));
        }
        String fullName = text(cells, RosterColumn.FULL_NAME);
        if (fullName == null) {
            errors.add(new Violation(RosterColumn.FULL_NAME.jsonKey, "validation.required"));
        }
        String email = text(cells, RosterColumn.EMAIL);
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new Violation(RosterColumn.EMAIL.jsonKey, "validation.email"));
        }
        for (RosterColumn column : List.of(RosterColumn.FULL_NAME, RosterColumn.FULL_NAME_KANA, RosterColumn.LAST_DEPARTMENT)) {
            String value = text(cells, column);
            if (value != null && value.length() > 100) {
                errors.add(new Violation(column.jsonKey, "validation.too-long", 100));
            }
        }
        LocalDate joinedOn = month(cells, RosterColumn.JOINED_ON, thisMonth, errors);
        LocalDate leftOn = month(cells, RosterColumn.LEFT_ON, thisMonth, errors);
        if (joinedOn != null && leftOn != null && leftOn.isBefore(joinedOn)) {
            errors.add(new Violation(RosterColumn.LEFT_ON.jsonKey, "validation.left-before-joined"));
        }
        Boolean contactOptIn = flag(cells, columns, RosterColumn.CONTACT_OPT_IN, errors);
        Boolean rehireInterest = flag(cells, columns, RosterColumn.REHIRE_INTEREST, errors);
        if (errors.size() > before) {
            return null;
        }
        return new RosterRow(row.line(), number, fullName, text(cells, RosterColumn.FULL_NAME_KANA), email, joinedOn, leftOn,
                text(cells, RosterColumn.LAST_DEPARTMENT), contactOptIn, rehireInterest);
    }

    private static String text(Map<RosterColumn, String> cells, RosterColumn column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** {@code YYYY-MM}, {@code YYYY-MM-DD}, {@code YYYY/MM} or {@code YYYY/MM/DD}, not after this month. */
    private static LocalDate month(Map<RosterColumn, String> cells, RosterColumn column, YearMonth thisMonth, List<Violation> errors) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        Matcher m = MONTH.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC));
        try {
            if (!m.matches()) {
                throw new DateTimeException(value);
            }
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (m.group(3) != null) {
                month.atDay(Integer.parseInt(m.group(3)));
            }
            if (month.isAfter(thisMonth)) {
                errors.add(new Violation(column.jsonKey, "validation.not-future"));
                return null;
            }
            return month.atDay(1);
        } catch (DateTimeException e) {
            errors.add(new Violation(column.jsonKey, "validation.roster.month"));
            return null;
        }
    }

    /** true/false, 1/0, yes/no, はい/いいえ, ○/×; empty is false. Null when the file has no such column. */
    private static Boolean flag(Map<RosterColumn, String> cells, Set<RosterColumn> columns, RosterColumn column, List<Violation> errors) {
        if (!columns.contains(column)) {
            return null;
        }
        String value = text(cells, column);
        if (value == null) {
            return false;
        }
        String v = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (List.of("true", "1", "yes", "y", "はい", "○", "有", "希望").contains(v)) {
            return true;
        }
        if (List.of("false", "0", "no", "n", "いいえ", "×", "無", "なし").contains(v)) {
            return false;
        }
        errors.add(new Violation(column.jsonKey, "validation.roster.boolean"));
        return null;
    }
}
