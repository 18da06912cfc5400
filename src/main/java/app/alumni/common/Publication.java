package app.alumni.common;

import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * The one life cycle of what is written, published and closed (job listings, surveys): a DRAFT is published (OPEN) or
 * dropped (CLOSED); an OPEN one is CLOSED by hand, or by itself when its closing time passes; CLOSED is final. Each
 * feature's status enum (named for its API) implements it by naming the stage of its constants.
 */
public interface Publication {

    enum Stage {
        DRAFT,
        OPEN,
        CLOSED
    }

    /** The stage of this status: by default the stage of the same name (a status named otherwise overrides this). */
    default Stage stage() {
        return Stage.valueOf(((Enum<?>) this).name());
    }

    /** Whether {@code next} may follow this status (staying is no move). */
    default boolean canBecome(Publication next) {
        return switch (stage()) {
            case DRAFT -> next.stage() != Stage.DRAFT;
            case OPEN -> next.stage() == Stage.CLOSED;
            case CLOSED -> false;
        };
    }

    /**
     * The query form of "open at {@code :now}" (OPEN, and no closing time or a later one), beside {@link #asOf} so that
     * the two cannot drift apart. {@code status} and {@code closesAt} name the columns (SQL) or fields (HQL); the query
     * binds {@code :open} to the OPEN status (its name in SQL, the constant in HQL) and {@code :now}.
     */
    static String openAt(String status, String closesAt) {
        return status + " = :open and (" + closesAt + " is null or " + closesAt + " > :now)";
    }

    /** {@code status} as it stands at {@code now}: an open one whose closing time has passed is closed. */
    static <S extends Enum<S> & Publication> S asOf(S status, OffsetDateTime closesAt, OffsetDateTime now) {
        if (status.stage() != Stage.OPEN || closesAt == null || closesAt.isAfter(now)) {
            return status;
        }
        return Arrays.stream(status.getDeclaringClass().getEnumConstants()).filter(s -> s.stage() == Stage.CLOSED).findFirst()
                .orElseThrow();
    }
}
