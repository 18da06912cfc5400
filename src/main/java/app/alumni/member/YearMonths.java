package app.alumni.member;

import java.time.LocalDate;
import java.time.YearMonth;

/** Year-months are stored as the first day of the month. */
public final class YearMonths {

    private YearMonths() {
    }

    public static YearMonth of(LocalDate date) {
        return date == null ? null : YearMonth.from(date);
    }

    public static LocalDate toDate(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }
}
