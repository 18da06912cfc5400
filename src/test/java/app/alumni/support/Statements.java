package app.alumni.support;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements one request costs. Hibernate's statistics are global, and background workers (the mail
 * outbox) run statements of their own at any moment; they only ever add, so the fewest of five runs is the request's.
 */
public final class Statements {

    private static final int RUNS = 5;

    private Statements() {
    }

    public static long of(EntityManagerFactory factory, Runnable request) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long before = statistics.getPrepareStatementCount();
            request.run();
            fewest = Math.min(fewest, statistics.getPrepareStatementCount() - before);
        }
        return fewest;
    }
}
