package app.alumni.roster;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.Session;

import app.alumni.common.TextKeys;
import app.alumni.common.TextSearch;
import app.alumni.member.RosterEntry;

/**
 * Writes a roster import in bulk: per chunk of rows, one query reads the entries they name (locked when applying),
 * one statement inserts the new ones and one updates the changed ones, with the rows passed as arrays. An entry is
 * unchanged when no column the file has differs; columns the file lacks keep their values. Derived columns (name
 * keys, search keys) are computed by {@link RosterEntry}, as for a single write.
 */
final class RosterUpsert {

    static final int CHUNK = 5_000;

    private static final String LOCK = "select pg_advisory_xact_lock(hashtext('roster_entry import'))";
    private static final String SELECT = "select employee_number, full_name, full_name_kana, email, joined_on, left_on, last_department,"
            + " contact_opt_in, rehire_interest from roster_entry where employee_number = any(?)";
    private static final String COLUMNS = "full_name, full_name_kana, email, joined_on, left_on, last_department, contact_opt_in,"
            + " rehire_interest, name_key, kana_key, search_text";
    private static final String ROWS = "unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::date[], ?::text[], ?::boolean[],"
            + " ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[])"
            + " as u(en, fn, kana, email, joined, lft, dept, opt, rehire, nk, kk, st, grams)";
    private static final String INSERT = "insert into roster_entry (id, employee_number, " + COLUMNS + ", search_grams, created_at,"
            + " updated_at, version) select gen_random_uuid(), u.en, u.fn, u.kana, u.email, u.joined, u.lft, u.dept, u.opt, u.rehire, u.nk,"
            + " u.kk, u.st, cast(u.grams as text[]), ?, ?, 0 from " + ROWS;
    private static final String UPDATE = "update roster_entry r set full_name = u.fn, full_name_kana = u.kana, email = u.email,"
            + " joined_on = u.joined, left_on = u.lft, last_department = u.dept, contact_opt_in = u.opt, rehire_interest = u.rehire,"
            + " name_key = u.nk, kana_key = u.kk, search_text = u.st, search_grams = cast(u.grams as text[]), updated_at = ?,"
            + " version = r.version + 1 from " + ROWS + " where r.employee_number = u.en";

    /** How many rows create, change and leave alone an entry. */
    record Counts(int created, int updated, int unchanged) {
    }

    /** What an entry holds (its editable columns). */
    private record Values(String fullName, String fullNameKana, String email, LocalDate joinedOn, LocalDate leftOn, String lastDepartment,
            boolean contactOptIn, boolean rehireInterest) {
    }

    private RosterUpsert() {
    }

    /** Compares the rows with the roster and, when {@code apply}, writes them; in the caller's transaction. */
    static Counts run(Session session, List<RosterRow> rows, Set<RosterColumn> columns, boolean apply, OffsetDateTime now) {
        return session.doReturningWork(connection -> {
            if (apply) {
                // One import at a time: two would both insert the same new numbers.
                try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
                    lock.execute();
                }
            }
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<RosterRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                Map<String, Values> existing = read(connection, chunk, apply);
                List<Map.Entry<String, Values>> inserts = new ArrayList<>();
                List<Map.Entry<String, Values>> updates = new ArrayList<>();
                for (RosterRow row : chunk) {
                    Values before = existing.get(row.employeeNumber());
                    Values after = merge(row, before, columns);
                    if (before == null) {
                        inserts.add(Map.entry(row.employeeNumber(), after));
                    } else if (!after.equals(before)) {
                        updates.add(Map.entry(row.employeeNumber(), after));
                    } else {
                        unchanged++;
                    }
                }
                created += inserts.size();
                updated += updates.size();
                if (apply) {
                    write(connection, INSERT, inserts, now, true);
                    write(connection, UPDATE, updates, now, false);
                }
            }
            return new Counts(created, updated, unchanged);
        });
    }

    private static Map<String, Values> read(Connection connection, List<RosterRow> chunk, boolean lock) throws SQLException {
        Map<String, Values> existing = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT + (lock ? " for update" : ""))) {
            select.setArray(1, connection.createArrayOf("text", chunk.stream().map(RosterRow::employeeNumber).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    existing.put(rs.getString(1), new Values(rs.getString(2), rs.getString(3), rs.getString(4), date(rs, 5), date(rs, 6),
                            rs.getString(7), rs.getBoolean(8), rs.getBoolean(9)));
                }
            }
        }
        return existing;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** The row's values for the columns the file has, the entry's (or nothing, for a new one) for the others. */
    private static Values merge(RosterRow row, Values before, Set<RosterColumn> columns) {
        Values base = before != null ? before : new Values(null, null, null, null, null, null, false, false);
        return new Values(row.fullName(),
                columns.contains(RosterColumn.FULL_NAME_KANA) ? row.fullNameKana() : base.fullNameKana(),
                columns.contains(RosterColumn.EMAIL) ? row.email() : base.email(),
                columns.contains(RosterColumn.JOINED_ON) ? row.joinedOn() : base.joinedOn(),
                columns.contains(RosterColumn.LEFT_ON) ? row.leftOn() : base.leftOn(),
                columns.contains(RosterColumn.LAST_DEPARTMENT) ? row.lastDepartment() : base.lastDepartment(),
                row.contactOptIn() != null ? row.contactOptIn() : base.contactOptIn(),
                row.rehireInterest() != null ? row.rehireInterest() : base.rehireInterest());
    }

    private static void write(Connection connection, String sql, List<Map.Entry<String, Values>> rows, OffsetDateTime now, boolean insert)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        String[] numbers = new String[n];
        String[] names = new String[n];
        String[] kanas = new String[n];
        String[] emails = new String[n];
        Date[] joined = new Date[n];
        Date[] left = new Date[n];
        String[] departments = new String[n];
        Boolean[] optIns = new Boolean[n];
        Boolean[] rehires = new Boolean[n];
        String[] nameKeys = new String[n];
        String[] kanaKeys = new String[n];
        String[] texts = new String[n];
        String[] grams = new String[n];
        for (int i = 0; i < n; i++) {
            Values v = rows.get(i).getValue();
            RosterEntry e = new RosterEntry();
            e.employeeNumber = rows.get(i).getKey();
            e.fullName = v.fullName();
            e.fullNameKana = v.fullNameKana();
            e.email = v.email();
            e.lastDepartment = v.lastDepartment();
            TextSearch.Keys keys = e.searchKeys();
            numbers[i] = e.employeeNumber;
            names[i] = v.fullName();
            kanas[i] = v.fullNameKana();
            emails[i] = v.email();
            joined[i] = v.joinedOn() == null ? null : Date.valueOf(v.joinedOn());
            left[i] = v.leftOn() == null ? null : Date.valueOf(v.leftOn());
            departments[i] = v.lastDepartment();
            optIns[i] = v.contactOptIn();
            rehires[i] = v.rehireInterest();
            nameKeys[i] = e.nameKeyValue();
            kanaKeys[i] = e.kanaKeyValue();
            texts[i] = keys.text();
            grams[i] = TextKeys.arrayLiteral(keys.grams());
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int p = 1;
            statement.setObject(p++, now);
            if (insert) {
                statement.setObject(p++, now);
            }
            for (Array array : List.of(connection.createArrayOf("text", numbers), connection.createArrayOf("text", names),
                    connection.createArrayOf("text", kanas), connection.createArrayOf("text", emails),
                    connection.createArrayOf("date", joined),
                    connection.createArrayOf("date", left), connection.createArrayOf("text", departments),
                    connection.createArrayOf("boolean", optIns), connection.createArrayOf("boolean", rehires),
                    connection.createArrayOf("text", nameKeys), connection.createArrayOf("text", kanaKeys),
                    connection.createArrayOf("text", texts), connection.createArrayOf("text", grams))) {
                statement.setArray(p++, array);
            }
            statement.executeUpdate();
        }
    }
}
