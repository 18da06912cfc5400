package app.alumni.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.alumni.common.Cursor;
import app.alumni.common.Keyset;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.common.Times;
import app.alumni.common.Violation;
import app.alumni.common.WriteRates;
import app.alumni.conversation.ConversationViews.ConversationView;
import app.alumni.conversation.ConversationViews.MessagePreview;
import app.alumni.conversation.ConversationViews.MessageView;
import app.alumni.conversation.ConversationViews.Participant;
import app.alumni.member.Blocks;
import app.alumni.member.Member;
import app.alumni.member.MemberCard;
import app.alumni.member.MemberStatus;
import app.alumni.member.MessagePolicy;
import app.alumni.member.Notice;
import app.alumni.member.NoticeType;
import app.alumni.member.Notices;
import app.alumni.member.Recipients;

/**
 * Private conversations. Only participants read or write them (anyone else, HR included, gets 404); a block between
 * two members, or a member's choice to receive no new conversations, answers 403 {@code messaging-not-allowed},
 * which does not say which. A page of conversations or messages costs a fixed number of statements.
 */
@ApplicationScoped
class Conversations {

    record Started(ConversationView conversation, boolean fresh) {
    }

    private final EntityManager em;
    private final Blocks blocks;
    private final WriteRates rates;
    private final Notices notices;
    private final ConversationConfig config;
    private final ConversationConfig.MessageLimits limits;
    private final Clock clock;

    Conversations(EntityManager em, Blocks blocks, WriteRates rates, Notices notices, ConversationConfig config,
            ConversationConfig.MessageLimits limits, Clock clock) {
        this.em = em;
        this.blocks = blocks;
        this.rates = rates;
        this.notices = notices;
        this.config = config;
        this.limits = limits;
        this.clock = clock;
    }

    /** Starts a conversation with the first message; with one other member, the conversation the two already have. */
    @Transactional
    Started start(UUID me, List<UUID> participantIds, String message) {
        Set<UUID> others = new LinkedHashSet<>(participantIds);
        if (others.size() != participantIds.size() || others.contains(me)) {
            throw ProblemException.invalid(List.of(new Violation("participantIds", "validation.participants")));
        }
        List<Member> members = Member.list("id in ?1", others);
        if (members.size() != others.size() || members.stream().anyMatch(m -> m.status != MemberStatus.ACTIVE)) {
            throw ProblemException.notFound();
        }
        if (members.stream().anyMatch(m -> m.messages == MessagePolicy.NOBODY) || blocks.anyBetween(me, others)) {
            throw ProblemException.of(ProblemType.MESSAGING_NOT_ALLOWED);
        }
        OffsetDateTime now = Times.now(clock);
        String pairKey = others.size() == 1 ? Conversation.pairKey(me, others.iterator().next()) : null;
        UUID id = UUID.randomUUID();
        // Two starts of the same conversation of two at once make one: the unique pair key settles it.
        var insert = em.createNativeQuery("insert into conversation (id, pair_key, created_by, created_at, last_message_at)"
                + " values (:id, " + (pairKey == null ? "null" : ":pair") + ", :me, :now, :now) on conflict (pair_key) do nothing")
                .setParameter("id", id).setParameter("me", me).setParameter("now", now);
        if (pairKey != null) {
            insert.setParameter("pair", pairKey);
        }
        boolean fresh = insert.executeUpdate() == 1;
        if (fresh) {
            budget(me, now);
        } else {
            id = Conversation.<Conversation>find("pairKey", pairKey).firstResult().id;
        }
        for (UUID member : concat(me, others)) {
            // Joining again: a member who left a conversation of two is back in it when it is started again.
            em.createNativeQuery("""
                    insert into conversation_participant (conversation_id, member_id, joined_at, last_activity_at)
                    values (:conversation, :member, :now, :now)
                    on conflict (conversation_id, member_id) do update set left_at = null""")
                    .setParameter("conversation", id).setParameter("member", member).setParameter("now", now).executeUpdate();
        }
        write(id, me, message, now, MemberCard.of(me), others);
        em.flush();
        em.clear();
        return new Started(views(List.of(ConversationParticipant.current(id, me)), me).get(0), fresh);
    }

    private void budget(UUID me, OffsetDateTime now) {
        // The conversation just inserted counts: over the budget, the transaction (and it) is rolled back.
        if (Conversation.startedSince(me, now.minusDays(1)) > config.newPerDay()) {
            Conversation oldest = Conversation.find("createdBy = ?1 and createdAt > ?2 order by createdAt", me, now.minusDays(1))
                    .firstResult();
            long wait = Math.max(1, Duration.between(now, oldest.createdAt.plusDays(1)).toSeconds());
            throw ProblemException.tooManyRequests(wait, "problem.too-many-requests.conversations");
        }
    }

    private static List<UUID> concat(UUID me, Set<UUID> others) {
        List<UUID> all = new ArrayList<>(List.of(me));
        all.addAll(others);
        return all;
    }

    /** A message in a conversation the caller is in (404 otherwise); 403 when a block lies between them and anyone in it. */
    @Transactional
    MessageView post(UUID me, UUID conversationId, String body) {
        participant(conversationId, me);
        List<UUID> others = ConversationParticipant.in(List.of(conversationId)).stream().map(p -> p.memberId)
                .filter(id -> !id.equals(me)).toList();
        if (blocks.anyBetween(me, others)) {
            throw ProblemException.of(ProblemType.MESSAGING_NOT_ALLOWED);
        }
        MemberCard author = MemberCard.of(me);
        ConversationMessage m = write(conversationId, me, body, Times.now(clock), author, others);
        return MessageView.of(m, author);
    }

    /** Writes a message and tells the others; their mail says who wrote, never what. */
    private ConversationMessage write(UUID conversationId, UUID me, String body, OffsetDateTime now, MemberCard author,
            Collection<UUID> others) {
        rates.check("conversation_message", "author_id", me, limits.maxMessagesPerMinute(), "problem.too-many-requests.messages");
        ConversationMessage m = ConversationMessage.of(conversationId, me, body, now);
        m.persist();
        Conversation.update("lastMessageAt = ?1 where id = ?2", now, conversationId);
        ConversationParticipant.update("lastActivityAt = ?1 where conversationId = ?2 and leftAt is null", now, conversationId);
        ConversationParticipant.update("readUpTo = ?1 where conversationId = ?2 and memberId = ?3", now, conversationId, me);
        notices.fire(new Notice(NoticeType.MESSAGE_RECEIVED, me, new Notice.Subject(Notice.SubjectKind.CONVERSATION, conversationId,
                author.displayName()), Recipients.members(others)));
        return m;
    }

    /** The caller's conversations, latest activity first. */
    @Transactional
    Page<ConversationView> mine(UUID me, int limit, String cursor) {
        ReadOnly.reads(em);
        StringBuilder where = new StringBuilder("memberId = :me and leftAt is null");
        Map<String, Object> params = new HashMap<>(Map.of("me", me));
        Keyset.after(cursor, "lastActivityAt", "conversationId", true, where, params);
        List<ConversationParticipant> rows = ConversationParticipant.<ConversationParticipant>find(where
                + " order by lastActivityAt desc, conversationId desc", params).page(0, limit + 1).list();
        return Page.ofBatch(rows, limit, shown -> views(shown, me), p -> Cursor.encode(p.lastActivityAt, p.conversationId));
    }

    /** One conversation of the caller's. */
    @Transactional
    ConversationView get(UUID me, UUID conversationId) {
        ReadOnly.reads(em);
        ConversationParticipant p = ConversationParticipant.findById(new ConversationParticipant.Key(conversationId, me));
        if (p == null || p.leftAt != null) {
            throw ProblemException.notFound();
        }
        return views(List.of(p), me).get(0);
    }

    /** Views of the caller's places in conversations, in four statements whatever their number. */
    private List<ConversationView> views(List<ConversationParticipant> places, UUID me) {
        if (places.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = places.stream().map(p -> p.conversationId).toList();
        Map<UUID, List<UUID>> members = ConversationParticipant.in(ids).stream()
                .collect(Collectors.groupingBy(p -> p.conversationId, Collectors.mapping(p -> p.memberId, Collectors.toList())));
        Map<UUID, MemberCard> cards = MemberCard.byIds(members.values().stream().flatMap(List::stream).collect(Collectors.toSet()), me);
        @SuppressWarnings("unchecked")
        List<ConversationMessage> latest = em.createNativeQuery("""
                select distinct on (conversation_id) * from conversation_message where conversation_id in (:ids)
                order by conversation_id, created_at desc, id desc""", ConversationMessage.class).setParameter("ids", ids)
                .getResultList();
        Map<UUID, ConversationMessage> last = latest.stream().collect(Collectors.toMap(m -> m.conversationId, Function.identity()));
        @SuppressWarnings("unchecked")
        List<Object[]> unread = em.createNativeQuery("""
                select m.conversation_id, count(*) from conversation_message m
                join conversation_participant p on p.conversation_id = m.conversation_id and p.member_id = :me
                where m.conversation_id in (:ids) and m.author_id <> :me and m.deleted_at is null
                  and (p.read_up_to is null or m.created_at > p.read_up_to)
                group by m.conversation_id""").setParameter("ids", ids).setParameter("me", me).getResultList();
        Map<UUID, Integer> unreadCounts = unread.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> ((Number) r[1]).intValue()));
        return places.stream().map(p -> new ConversationView(p.conversationId,
                members.getOrDefault(p.conversationId, List.of()).stream().filter(id -> !id.equals(me))
                        .map(id -> Participant.of(id, cards.get(id))).toList(),
                last.containsKey(p.conversationId) ? MessagePreview.of(last.get(p.conversationId)) : null,
                unreadCounts.getOrDefault(p.conversationId, 0), p.lastActivityAt)).toList();
    }

    /** A conversation's messages, newest first. */
    @Transactional
    Page<MessageView> messages(UUID me, UUID conversationId, int limit, String cursor) {
        ReadOnly.reads(em);
        readable(conversationId, me);
        StringBuilder where = new StringBuilder("conversationId = :conversation");
        Map<String, Object> params = new HashMap<>(Map.of("conversation", conversationId));
        Keyset.after(cursor, "createdAt", "id", true, where, params);
        List<ConversationMessage> rows = ConversationMessage.<ConversationMessage>find(where + " order by createdAt desc, id desc", params)
                .page(0, limit + 1).list();
        return Page.ofBatch(rows, limit, shown -> {
            Map<UUID, MemberCard> authors = MemberCard.byIds(shown.stream().map(m -> m.authorId).toList(), me);
            return shown.stream().map(m -> MessageView.of(m, authors.get(m.authorId))).toList();
        }, m -> Cursor.encode(m.createdAt, m.id));
    }

    /** One message of a conversation the caller is in. */
    @Transactional
    MessageView message(UUID me, UUID conversationId, UUID messageId) {
        ReadOnly.reads(em);
        readable(conversationId, me);
        ConversationMessage m = ConversationMessage.findById(messageId);
        if (m == null || !m.conversationId.equals(conversationId)) {
            throw ProblemException.notFound();
        }
        return MessageView.of(m, MemberCard.byIds(List.of(m.authorId), me).get(m.authorId));
    }

    /** Deletes one of the caller's own messages (its text goes, its place stays); 403 for someone else's. */
    @Transactional
    void delete(UUID me, UUID conversationId, UUID messageId) {
        participant(conversationId, me);
        ConversationMessage m = ConversationMessage.findById(messageId);
        if (m == null || !m.conversationId.equals(conversationId)) {
            throw ProblemException.notFound();
        }
        if (!m.authorId.equals(me)) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.not-message-author");
        }
        if (m.deletedAt == null) {
            m.deletedAt = Times.now(clock);
            m.body = "";
        }
    }

    /** Marks the conversation read up to a message (never back). */
    @Transactional
    void read(UUID me, UUID conversationId, UUID upTo) {
        ConversationParticipant p = participant(conversationId, me);
        ConversationMessage m = ConversationMessage.findById(upTo);
        if (m == null || !m.conversationId.equals(conversationId)) {
            throw ProblemException.invalid("upTo", "validation.not-in-conversation");
        }
        if (p.readUpTo == null || p.readUpTo.isBefore(m.createdAt)) {
            p.readUpTo = m.createdAt;
        }
        if (!ConversationMessage.unreadBy(conversationId, me, p.readUpTo)) {
            notices.settled(me, Notice.SubjectKind.CONVERSATION, conversationId);
        }
    }

    /** Leaves a conversation: it is no longer the caller's to read. */
    @Transactional
    void leave(UUID me, UUID conversationId) {
        participant(conversationId, me).leftAt = Times.now(clock);
        notices.settled(me, Notice.SubjectKind.CONVERSATION, conversationId);
    }

    /** 404 unless the caller is in the conversation; reads lock nothing. */
    private static void readable(UUID conversationId, UUID me) {
        if (!ConversationParticipant.isIn(conversationId, me)) {
            throw ProblemException.notFound();
        }
    }

    /** The caller's place in the conversation, locked for a change; 404 unless they are in it. */
    private static ConversationParticipant participant(UUID conversationId, UUID me) {
        ConversationParticipant p = ConversationParticipant.current(conversationId, me);
        if (p == null) {
            throw ProblemException.notFound();
        }
        return p;
    }
}
