package app.alumni.support;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements one request costs. Hibernate's statistics are global, and background workers (the mail
 * outbox, the notification fan-out) run statements of their own at any moment; they only ever add, so the fewest of
 * several runs, started once the workers have been quiet for a moment, is the request's.
 */
public final class Statements {

    private static final int RUNS = 7;

    private Statements() {
    }

    public static long of(EntityManagerFactory factory, Runnable request) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        quiet(statistics);
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long before = statistics.getPrepareStatementCount();
            request.run();
            fewest = Math.min(fewest, statistics.getPrepareStatementCount() - before);
        }
        return fewest;
    }

    /** Waits (up to ten seconds) until no statement has run for 300 ms: what earlier tests set going has settled. */
    private static void quiet(Statistics statistics) {
        long deadline = System.currentTimeMillis() + 10_000;
        long seen = statistics.getPrepareStatementCount();
        long quietSince = System.currentTimeMillis();
        while (System.currentTimeMillis() - quietSince < 300 && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = statistics.getPrepareStatementCount();
            if (now != seen) {
                seen = now;
                quietSince = System.currentTimeMillis();
            }
        }
    }
}
