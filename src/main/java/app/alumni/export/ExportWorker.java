package app.alumni.export;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.alumni.common.Drain;
import app.alumni.common.PersonalData;
import app.alumni.common.ReadOnly;
import app.alumni.common.SkipLocked;
import app.alumni.common.Times;
import app.alumni.export.ExportViews.ExportDocument;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Produces exports in the background: woken when one is asked for, and polling for what another instance was asked
 * (or gave up when it stopped). An export is leased for {@link #LEASE} in a short transaction ({@code SKIP LOCKED}),
 * its document built from every feature's {@link PersonalData} in a read-only one, and stored in a third; a failure
 * counts as an attempt, and after {@link MemberExport#MAX_ATTEMPTS} the export is given up. Ready exports expire
 * after {@code alumni.exports.available-for}: their document is deleted.
 */
@ApplicationScoped
class ExportWorker {

    private static final Logger LOG = Logger.getLogger(ExportWorker.class);
    private static final Duration LEASE = Duration.ofMinutes(10);
    static final int FORMAT_VERSION = 1;

    private final EntityManager em;
    private final List<PersonalData> parts;
    private final ObjectMapper json;
    private final ExportConfig config;
    private final ManagedExecutor executor;
    private final Clock clock;
    private final Drain drain;

    ExportWorker(EntityManager em, @Any Instance<PersonalData> parts, ObjectMapper json, ExportConfig config, ManagedExecutor executor,
            Clock clock) {
        this.em = em;
        this.parts = parts.stream().sorted(Comparator.comparing(PersonalData::part)).toList();
        this.json = json;
        this.config = config;
        this.executor = executor;
        this.clock = clock;
        this.drain = new Drain("exports", this::produceOne);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Exports.Requested requested) {
        executor.execute(drain::run);
    }

    @Scheduled(every = "${alumni.exports.poll-interval:30s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain.run();
        expire();
    }

    /** Leases the oldest due export and produces it; false when none was due. */
    boolean produceOne() {
        MemberExport leased = QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = Times.now(clock);
            MemberExport e = SkipLocked.claim(MemberExport.due(now).page(0, 1)).firstResult();
            if (e != null) {
                e.attempts++;
                e.leasedUntil = now.plus(LEASE);
            }
            return e;
        });
        if (leased == null) {
            return false;
        }
        try {
            byte[] document = QuarkusTransaction.requiringNew().call(() -> document(leased.id, leased.memberId));
            QuarkusTransaction.requiringNew().run(() -> {
                OffsetDateTime now = Times.now(clock);
                em.createNativeQuery("""
                        update member_export set status = 'READY', document = :document, size_bytes = :size, ready_at = :now,
                          expires_at = :expires, leased_until = null
                        where id = :id and status = 'PENDING'""")
                        .setParameter("document", document).setParameter("size", (long) document.length).setParameter("now", now)
                        .setParameter("expires", now.plus(config.availableFor())).setParameter("id", leased.id).executeUpdate();
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "export %s (attempt %d) failed", leased.id, leased.attempts);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    update member_export set leased_until = null,
                      status = case when attempts >= :max then 'FAILED' else status end
                    where id = :id and status = 'PENDING'""").setParameter("max", MemberExport.MAX_ATTEMPTS)
                    .setParameter("id", leased.id).executeUpdate());
        }
        return true;
    }

    /** The member's document: every part, in the order of their names. */
    byte[] document(UUID exportId, UUID memberId) {
        ReadOnly.reads(em);
        Map<String, Object> data = new LinkedHashMap<>();
        for (PersonalData part : parts) {
            data.put(part.part(), part.of(memberId));
        }
        try {
            return json.writeValueAsBytes(new ExportDocument(FORMAT_VERSION, exportId, memberId, Times.now(clock), data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("export " + exportId + " could not be written", e);
        }
    }

    /** Ready exports past their period lose their document; exports whose every attempt died with its instance fail. */
    void expire() {
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime now = Times.now(clock);
            em.createNativeQuery("""
                    update member_export set status = 'EXPIRED', document = null where status = 'READY' and expires_at <= :now""")
                    .setParameter("now", now).executeUpdate();
            em.createNativeQuery("""
                    update member_export set status = 'FAILED' where status = 'PENDING' and attempts >= :max and leased_until < :now""")
                    .setParameter("max", MemberExport.MAX_ATTEMPTS).setParameter("now", now).executeUpdate();
        });
    }
}
