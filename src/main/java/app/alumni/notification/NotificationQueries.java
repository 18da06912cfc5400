package app.alumni.notification;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.alumni.member.NoticeType;
import app.alumni.member.Recipients;

/**
 * The notification feature's SQL, where PostgreSQL is the point: a notice reaches its whole audience in two statements
 * (the in-app rows, then the mails of those who want it at once), whatever the audience's size, with each member's
 * preferences read from their JSON in the same statements.
 */
@ApplicationScoped
class NotificationQueries {

    /** The audience's active members but the actor, with their choices for this type (defaults without a row). */
    private static final String RECIPIENTS = """
            from member m
            left join notification_preference p on p.member_id = m.id
            where m.status = 'ACTIVE'
              and (cast(:actor as uuid) is null or m.id <> cast(:actor as uuid))
              and (:kind = 'EVERYONE'
                   or (:kind = 'AFFILIATION' and m.affiliation = :affiliation)
                   or (:kind = 'ROLE' and cast(:role as text) = any (m.roles))
                   or (:kind = 'MEMBERS' and m.id = any (cast(cast(:members as text) as uuid[])))
                   or (:kind = 'GROUP' and exists (select 1 from group_membership gm
                                                   where gm.group_id = cast(:group as uuid) and gm.member_id = m.id
                                                     and gm.status = 'ACTIVE')))
            """;
    private static final String IN_APP = "coalesce(cast(p.settings -> cast(:type as text) ->> 'inApp' as boolean), true)";
    private static final String MAILING = "coalesce(p.settings -> cast(:type as text) ->> 'email', :defaultMailing)";

    /** Run after {@link #notify}: the recipient's notification of the subject is this notice's and was not grown. */
    private static final String FIRST_UNREAD = """
             and exists (select 1 from notification x where x.member_id = m.id and x.notice_id = :notice and x.count = 1)""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager em;
    private final String channel;

    NotificationQueries(EntityManager em, @ConfigProperty(name = "alumni.db.schema") String schema) {
        this.em = em;
        this.channel = NotificationStream.channel(schema);
    }

    /**
     * One notification per recipient. Reactions collapse into the recipient's unread notification of the post, new
     * messages into that of the conversation, join requests and new posts into that of the group; its count grows.
     * Returns how many rows were written or grown.
     */
    int notify(QueuedNotice n) {
        String collapse = collapses(n.type)
                ? " on conflict (member_id, subject_id) where type = '" + n.type.name() + "' and read_at is null do update set"
                        + " count = notification.count + 1, actor_id = excluded.actor_id, notice_id = excluded.notice_id,"
                        + " subject_title = excluded.subject_title, created_at = excluded.created_at, in_app = excluded.in_app"
                : "";
        Query insert = em.createNativeQuery("""
                insert into notification (id, member_id, notice_id, type, actor_id, subject_kind, subject_id, subject_title, params,
                                          count, in_app, created_at)
                select gen_random_uuid(), m.id, :notice, :type, cast(:actor as uuid), :subjectKind, :subjectId, :title,
                       cast(:params as jsonb), 1,
                       """ + IN_APP + ", :now " + RECIPIENTS + """
                  and (""" + IN_APP + " or " + MAILING + " <> 'OFF')" + collapse);
        bind(insert, n).setParameter("notice", n.id).setParameter("subjectKind", n.subjectKind.name())
                .setParameter("subjectId", n.subjectId).setParameter("title", n.subjectTitle)
                .setParameter("params", json(n.params)).setParameter("now", n.createdAt);
        return insert.executeUpdate();
    }

    /** Tells every instance's live stream, when the transaction commits, that this notice reached its audience. */
    void announce(QueuedNotice n) {
        em.createNativeQuery("select pg_notify(:channel, :notice)").setParameter("channel", channel)
                .setParameter("notice", n.id.toString()).getSingleResult();
    }

    /** Whether notices of this type grow the recipient's unread notification of the same subject. */
    static boolean collapses(NoticeType type) {
        return type == NoticeType.POST_REACTED || type == NoticeType.MESSAGE_RECEIVED || type == NoticeType.GROUP_JOIN_REQUESTED
                || type == NoticeType.GROUP_POSTED;
    }

    /**
     * The mails of the recipients who want this type at once, rendered later in each one's language. Of a collapsing
     * type, only the notice that opened an unread notification is mailed: ten messages in a row make one mail.
     */
    int mailNow(QueuedNotice n, String actorName, String path, OffsetDateTime now) {
        Query insert = em.createNativeQuery("""
                insert into mail_outbox (id, template, member_id, recipient, language, params, status, attempts, next_attempt_at,
                                         created_at)
                select gen_random_uuid(), 'notification', m.id, m.email, m.preferred_language,
                       cast(:params as jsonb) || jsonb_build_object('name', m.display_name), 'PENDING', 0, :now, :now
                """ + RECIPIENTS + " and " + MAILING + " = 'INSTANT'" + (collapses(n.type) ? FIRST_UNREAD : ""));
        bind(insert, n).setParameter("params", json(mailParams(n, actorName, path))).setParameter("now", now);
        if (collapses(n.type)) {
            insert.setParameter("notice", n.id);
        }
        return insert.executeUpdate();
    }

    /** What a notification mail shows, whatever its reader's language (the sentence is made when it is sent). */
    static Map<String, String> mailParams(QueuedNotice n, String actorName, String path) {
        Map<String, String> params = new HashMap<>(n.params);
        params.put("type", n.type.name());
        params.put("title", n.subjectTitle);
        params.put("path", path);
        if (actorName != null) {
            params.put("actor", actorName);
        }
        return params;
    }

    private static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Query bind(Query q, QueuedNotice n) {
        Recipients a = n.audience;
        return q.setParameter("actor", n.actorId)
                .setParameter("kind", a.kind().name())
                .setParameter("affiliation", a.affiliation() == null ? "" : a.affiliation().name())
                .setParameter("role", a.role() == null ? "" : a.role().name())
                .setParameter("group", a.groupId())
                .setParameter("members", a.memberIds().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .setParameter("type", n.type.name())
                .setParameter("defaultMailing", n.type.defaultMailing().name());
    }
}
