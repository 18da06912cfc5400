package app.alumni.audit;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.alumni.audit.AuditViews.AccessLogEntry;
import app.alumni.audit.AuditViews.AuditActor;
import app.alumni.audit.AuditViews.AuditEntryView;
import app.alumni.audit.AuditViews.AuditOutcome;
import app.alumni.common.Csv;
import app.alumni.common.Cursor;
import app.alumni.common.Keyset;
import app.alumni.common.Page;
import app.alumni.common.ReadOnly;
import app.alumni.member.Actor;
import app.alumni.member.Member;

/** Reading the audit log: HR's list and CSV, and a member's own access log. */
@ApplicationScoped
class AuditLog {

    /** The most lines one CSV export holds; narrow the period for more. */
    static final int MAX_CSV_ROWS = 100_000;

    /** What HR filters the log by. */
    record Filter(UUID actorId, String targetId, String action, OffsetDateTime from, OffsetDateTime to) {
    }

    @Transactional
    Page<AuditEntryView> list(Filter filter, int limit, String cursor) {
        ReadOnly.reads(AuditEntry.getEntityManager());
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        conditions(filter, where, params);
        Keyset.after(cursor, "at", "id", true, where, params);
        List<AuditEntry> rows = AuditEntry.<AuditEntry>find(where + " order by at desc, id desc", params).page(0, limit + 1).list();
        return Page.ofBatch(rows, limit, AuditLog::views, e -> Cursor.encode(e.at, e.id));
    }

    @Transactional
    byte[] csv(Filter filter) {
        ReadOnly.reads(AuditEntry.getEntityManager());
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        conditions(filter, where, params);
        List<AuditEntry> rows = AuditEntry.<AuditEntry>find(where + " order by at desc, id desc", params).range(0, MAX_CSV_ROWS - 1).list();
        Csv csv = new Csv().row(List.of("at", "actor_kind", "actor_id", "actor_role", "actor_name", "action", "target_type", "target_id",
                "subject_ids", "request_id", "client_address", "outcome", "status"));
        for (AuditEntryView v : views(rows)) {
            csv.row(List.of(v.at().toString(), v.actor().kind().name(), v.actor().id().toString(), v.actor().role(),
                    Objects.toString(v.actor().name(), ""), v.action(), v.targetType(), Objects.toString(v.targetId(), ""),
                    v.subjectIds().stream().map(UUID::toString).collect(Collectors.joining(" ")), Objects.toString(v.requestId(), ""),
                    Objects.toString(v.clientAddress(), ""), v.outcome().name(), Integer.toString(v.status())));
        }
        return csv.toBytes();
    }

    private static void conditions(Filter f, StringBuilder where, Map<String, Object> params) {
        if (f.actorId() != null) {
            where.append(" and actorId = :actor");
            params.put("actor", f.actorId());
        }
        if (f.targetId() != null && !f.targetId().isBlank()) {
            where.append(" and targetId = :target");
            params.put("target", f.targetId().strip());
        }
        if (f.action() != null && !f.action().isBlank()) {
            where.append(" and action = :action");
            params.put("action", f.action().strip());
        }
        if (f.from() != null) {
            where.append(" and at >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and at < :to");
            params.put("to", f.to());
        }
    }

    /** Views of a page, with the acting members' names in one query. */
    private static List<AuditEntryView> views(List<AuditEntry> page) {
        List<UUID> members = page.stream().filter(e -> e.actorKind == Actor.ActorKind.MEMBER).map(e -> e.actorId).distinct().toList();
        Map<UUID, String> names = members.isEmpty() ? Map.of()
                : Member.<Member>list("id in ?1", members).stream().collect(Collectors.toMap(m -> m.id, m -> m.displayName));
        return page.stream().map(e -> new AuditEntryView(e.id, e.at,
                new AuditActor(e.actorKind, e.actorId, e.actorRole,
                        e.actorKind == Actor.ActorKind.MEMBER ? names.get(e.actorId) : e.actorName),
                e.action, e.targetType, e.targetId, List.copyOf(e.subjectIds), e.requestId, e.clientAddress,
                AuditOutcome.valueOf(e.outcome.name()), e.status)).toList();
    }

    /**
     * When staff or HR's systems read the member's personal data, newest first: successful reads and actions that
     * carried their data, by others than themselves. The subjects' GIN index answers it, however long the log.
     */
    @Transactional
    Page<AccessLogEntry> accessLog(UUID memberId, int limit, String cursor) {
        ReadOnly.reads(AuditEntry.getEntityManager());
        StringBuilder where = new StringBuilder(
                "a.subject_ids @> array[cast(:me as uuid)] and a.actor_id <> :me and a.outcome = 'SUCCEEDED'");
        Map<String, Object> params = new HashMap<>(Map.of("me", memberId));
        Keyset.after(cursor, "a.at", "a.id", true, where, params);
        var query = AuditEntry.getEntityManager().createNativeQuery("select a.* from audit_entry a where " + where
                + " order by a.at desc, a.id desc limit :limit", AuditEntry.class);
        params.forEach(query::setParameter);
        query.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<AuditEntry> rows = query.getResultList();
        return Page.of(rows, limit, e -> new AccessLogEntry(e.at, e.actorRole, e.actorName, e.action, e.targetType),
                e -> Cursor.encode(e.at, e.id));
    }
}
