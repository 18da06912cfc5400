package app.alumni.member;

import java.time.LocalDate;
import java.time.YearMonth;

/** Year-months are stored as the first day of the month. */
final class YearMonths {

    private YearMonths() {
    }

    static YearMonth of(LocalDate date) {
        return date == null ? null : YearMonth.from(date);
    }

    static LocalDate toDate(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }
}
