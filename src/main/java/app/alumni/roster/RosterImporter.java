package app.alumni.roster;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import org.hibernate.Session;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.alumni.common.Messages;
import app.alumni.common.Times;
import app.alumni.common.Violation;
import app.alumni.member.RosterEntry;
import app.alumni.roster.RosterViews.RosterImportError;
import app.alumni.roster.RosterViews.RosterImportReport;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Imports HR's roster: upserts by employee number in one transaction (all or, with {@code partial}, the valid rows;
 * nothing on a dry run). Importing the same file twice changes nothing the second time.
 */
@ApplicationScoped
class RosterImporter {

    /** The report lists this many problems at most (it counts them all). */
    static final int MAX_REPORTED_ERRORS = 1_000;
    /** 100,000 rows take some 20 seconds; the limit only bounds a stuck import. */
    private static final int TIMEOUT_SECONDS = 600;

    private final ObjectMapper json;
    private final Clock clock;

    RosterImporter(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    RosterImportReport run(byte[] body, MediaType type, boolean dryRun, boolean partial, Locale locale) {
        RosterFile file = RosterFile.parse(body == null ? new byte[0] : body, type, json);
        OffsetDateTime now = Times.now(clock);
        YearMonth thisMonth = YearMonth.from(now);
        List<RosterRow> rows = new ArrayList<>(file.rows().size());
        List<RosterImportError> errors = new ArrayList<>();
        int errorCount = 0;
        Map<String, Integer> firstLines = new HashMap<>();
        for (RosterFile.Row raw : file.rows()) {
            List<Violation> problems = new ArrayList<>();
            RosterRow row = RosterRow.of(raw, file.columns(), thisMonth, problems);
            if (row != null) {
                Integer first = firstLines.putIfAbsent(row.employeeNumber(), row.line());
                if (first != null) {
                    problems.add(new Violation(RosterColumn.EMPLOYEE_NUMBER.jsonKey, "validation.roster.duplicate-number", first));
                } else {
                    rows.add(row);
                }
            }
            for (Violation v : problems) {
                if (errorCount++ < MAX_REPORTED_ERRORS) {
                    String message = Messages.get(locale, v.messageKey(), v.args());
                    errors.add(new RosterImportError(raw.line(), fieldName(file, v.field()), message));
                }
            }
        }
        boolean apply = !dryRun && (errorCount == 0 || partial);
        RosterUpsert.Counts counts = QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS)
                .call(() -> RosterUpsert.run(RosterEntry.getEntityManager().unwrap(Session.class), rows, file.columns(), apply, now));
        return new RosterImportReport(apply, rows.size(), counts.created(), counts.updated(), counts.unchanged(), errorCount, errors);
    }

    /** A column as the file names it (a CSV header as written); other fields (the line, a JSON item) as they are. */
    private static String fieldName(RosterFile file, String field) {
        return RosterColumn.ofJsonKey(field).map(c -> file.names().getOrDefault(c, c.jsonKey)).orElse(field);
    }
}
