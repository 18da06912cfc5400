package app.alumni.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import app.alumni.common.ProblemException;
import app.alumni.common.Violation;

/**
 * The period figures are computed over: from {@code from} (inclusive) to {@code to} (exclusive), days in the
 * organisation's time zone; by default the twelve months up to this month's end. At most ten years.
 */
record StatsWindow(LocalDate from, LocalDate to, ZoneId zone) {

    static final int MAX_YEARS = 10;

    static StatsWindow of(LocalDate from, LocalDate to, ZoneId zone, LocalDate today) {
        LocalDate end = to != null ? to : today.withDayOfMonth(1).plusMonths(1);
        LocalDate start = from != null ? from : end.minusMonths(12);
        List<Violation> violations = new ArrayList<>();
        if (!start.isBefore(end)) {
            violations.add(new Violation("from", "validation.stats.from-before-to"));
        } else if (ChronoUnit.YEARS.between(start, end) >= MAX_YEARS) {
            violations.add(new Violation("to", "validation.stats.window-too-long"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new StatsWindow(start, end, zone);
    }

    OffsetDateTime fromAt() {
        return from.atStartOfDay(zone).toOffsetDateTime();
    }

    OffsetDateTime toAt() {
        return to.atStartOfDay(zone).toOffsetDateTime();
    }

    /** The first day of the first month the window touches. */
    LocalDate fromMonth() {
        return from.withDayOfMonth(1);
    }

    /** The first day of the month after the last one the window touches. */
    LocalDate toMonth() {
        return YearMonth.from(to.minusDays(1)).plusMonths(1).atDay(1);
    }

    /** Every month the window touches, oldest first. */
    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to.minusDays(1)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
