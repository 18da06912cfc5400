package app.alumni.common;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Timestamps at the database's precision (microseconds), so that keyset cursors compare exactly. */
public final class Times {

    private Times() {
    }

    /** Now by {@code clock}, in UTC, to the microsecond. */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
