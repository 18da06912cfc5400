package app.alumni.common;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/**
 * How much one member may create per minute, counted from the rows themselves under a per-member advisory lock, so
 * that concurrent requests of one member cannot slip past the limit. Callers name their table and author column
 * (which need an index on {@code (author, created_at)}).
 */
@ApplicationScoped
public class WriteRates {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_]+");

    private final EntityManager em;
    private final Clock clock;

    WriteRates(EntityManager em, Clock clock) {
        this.clock = clock;
        this.em = em;
    }

    /**
     * Within the caller's transaction: fails with 429 (detail {@code detailKey}, whose argument is the wait in seconds)
     * when the member already created {@code max} rows of {@code table} in the last minute.
     */
    public void check(String table, String authorColumn, UUID memberId, int max, String detailKey) {
        if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(authorColumn).matches()) {
            throw new IllegalArgumentException("not an identifier: " + table + "." + authorColumn);
        }
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", table + ":" + memberId)
                .getSingleResult();
        Tuple row = (Tuple) em.createNativeQuery("select count(*) as n, coalesce(ceil(extract(epoch from min(created_at) - cast(:since "
                + "as timestamptz))), 0)"
                + " as wait_seconds from " + table + " where " + authorColumn + " = :member and created_at > :since", Tuple.class)
                .setParameter("member", memberId)
                .setParameter("since", Times.now(clock).minusMinutes(1))
                .getSingleResult();
        long count = row.get("n", Number.class).longValue();
        if (count >= max) {
            throw ProblemException.tooManyRequests(Math.max(1, row.get("wait_seconds", Number.class).longValue()), detailKey);
        }
    }
}
