package app.alumni.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import app.alumni.common.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Deletes audit entries older than {@code ALUMNI_AUDIT_RETENTION}: the only deletion the log's triggers allow, in
 * batches that each instance claims with SKIP LOCKED, so that several instances purge side by side without waiting.
 */
@ApplicationScoped
class AuditRetention {

    @ConfigMapping(prefix = "alumni.audit")
    interface AuditConfig {
        /** How long the audit log keeps an entry (env {@code ALUMNI_AUDIT_RETENTION}, an ISO-8601 period). */
        @WithDefault("P5Y")
        Period retention();
    }

    private static final Logger LOG = Logger.getLogger(AuditRetention.class);
    static final int BATCH = 10_000;
    private static final String PURGE = "delete from audit_entry where id in (select id from audit_entry where at < :cutoff"
            + " order by at limit " + BATCH + " for update skip locked)";

    private final AuditConfig config;
    private final EntityManager entities;
    private final Clock clock;

    AuditRetention(AuditConfig config, EntityManager entities, Clock clock) {
        this.config = config;
        this.entities = entities;
        this.clock = clock;
    }

    @Scheduled(every = "6h", delayed = "15m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        int purged = purge();
        if (purged > 0) {
            LOG.infof("Purged %d audit entries older than %s", purged, config.retention());
        }
    }

    /** Deletes what is past retention; returns how many entries. */
    int purge() {
        OffsetDateTime cutoff = Times.now(clock).minus(config.retention());
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> {
                entities.createNativeQuery("select set_config('alumni.audit_purge', 'on', true)").getSingleResult();
                return entities.createNativeQuery(PURGE).setParameter("cutoff", cutoff).executeUpdate();
            });
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
