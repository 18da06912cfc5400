package app.alumni.export;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.PublicLinks;
import app.alumni.common.Times;
import app.alumni.export.ExportViews.ExportView;

/** A member's exports: asking for one (one in the making at a time, a few a day), its status, and its document. */
@ApplicationScoped
class Exports {

    /** Fired when an export is asked for: the worker starts once the transaction commits. */
    record Requested(UUID exportId) {
    }

    private final EntityManager em;
    private final ExportConfig config;
    private final PublicLinks links;
    private final Event<Requested> requested;
    private final Clock clock;

    Exports(EntityManager em, ExportConfig config, PublicLinks links, Event<Requested> requested, Clock clock) {
        this.em = em;
        this.config = config;
        this.links = links;
        this.requested = requested;
        this.clock = clock;
    }

    /**
     * Asks for an export, or answers the one already in the making (asking twice at once makes one: the partial
     * unique index settles it). 429 beyond the daily budget.
     */
    @Transactional
    ExportView request(UUID memberId) {
        OffsetDateTime now = Times.now(clock);
        MemberExport pending = MemberExport.find("memberId = ?1 and status = ?2", memberId, MemberExport.Status.PENDING).firstResult();
        if (pending != null) {
            return view(pending);
        }
        OffsetDateTime dayAgo = now.minusDays(1);
        long lately = MemberExport.count("memberId = ?1 and requestedAt > ?2", memberId, dayAgo);
        if (lately >= config.dailyBudget()) {
            OffsetDateTime oldest = MemberExport.<MemberExport>find("memberId = ?1 and requestedAt > ?2 order by requestedAt", memberId,
                    dayAgo).firstResult().requestedAt;
            long wait = Math.max(1, Duration.between(now, oldest.plusDays(1)).toSeconds());
            throw ProblemException.tooManyRequests(wait, "problem.too-many-requests.exports");
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                insert into member_export (id, member_id, status, requested_at) values (:id, :member, 'PENDING', :now)
                on conflict (member_id) where status = 'PENDING' do nothing""")
                .setParameter("id", id).setParameter("member", memberId).setParameter("now", now).executeUpdate();
        MemberExport made = MemberExport.find("memberId = ?1 and status = ?2", memberId, MemberExport.Status.PENDING).firstResult();
        requested.fire(new Requested(made.id));
        return view(made);
    }

    /** One of the member's exports; 404 for anyone else's. */
    @Transactional
    ExportView status(UUID memberId, UUID id) {
        return view(owned(memberId, id));
    }

    /** The document of a ready export; 409 while it is not ready, 404 once expired (or for anyone else's). */
    @Transactional
    byte[] document(UUID memberId, UUID id) {
        MemberExport e = owned(memberId, id);
        if (e.status == MemberExport.Status.EXPIRED || (e.expiresAt != null && !e.expiresAt.isAfter(Times.now(clock)))) {
            throw ProblemException.notFound();
        }
        if (e.status != MemberExport.Status.READY) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.export-not-ready", e.status.name());
        }
        return (byte[]) em.createNativeQuery("select document from member_export where id = :id").setParameter("id", id)
                .getSingleResult();
    }

    private static MemberExport owned(UUID memberId, UUID id) {
        MemberExport e = MemberExport.ofMember(id, memberId);
        if (e == null) {
            throw ProblemException.notFound();
        }
        return e;
    }

    private ExportView view(MemberExport e) {
        return ExportView.of(e, links.url(ExportResource.PATH + "/" + e.id + "/download"));
    }
}
