package app.alumni.member;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.common.Cursor;
import app.alumni.common.Keyset;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.Times;

/**
 * Blocks between members. A block works both ways: neither sees the other in the directory, on the profile or in
 * attendee lists, and neither may write to the other; the blocked member is never told (they see what they would see
 * of someone who is not there).
 */
@ApplicationScoped
public class Blocks {

    /** The SQL condition "no block either way between {@code :viewer} and the member with id {@code column}". */
    static String noBlockWith(String column) {
        return "not exists (select 1 from member_block b where (b.blocker_id = :viewer and b.blocked_id = " + column
                + ") or (b.blocker_id = " + column + " and b.blocked_id = :viewer))";
    }

    private final EntityManager em;
    private final Clock clock;

    Blocks(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Schema(name = "BlockedMember", description = "A member I blocked, and when.")
    record Blocked(
            @Schema(format = "uuid", maxLength = 36, required = true) UUID memberId,
            @Schema(maxLength = 50, required = true, example = "花子") String displayName,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime blockedAt) {
    }

    /** Blocks an active member (404 for anyone else; 400 for oneself); blocking again changes nothing. */
    @Transactional
    void block(UUID blocker, UUID blocked) {
        if (blocker.equals(blocked)) {
            throw ProblemException.invalid("memberId", "validation.block-self");
        }
        Member m = Member.findById(blocked);
        if (m == null || m.status != MemberStatus.ACTIVE) {
            throw ProblemException.notFound();
        }
        em.createNativeQuery("""
                insert into member_block (blocker_id, blocked_id, created_at) values (:blocker, :blocked, :now)
                on conflict (blocker_id, blocked_id) do nothing""")
                .setParameter("blocker", blocker).setParameter("blocked", blocked).setParameter("now", Times.now(clock)).executeUpdate();
    }

    /** Lifts a block; lifting one that is not there changes nothing. */
    @Transactional
    void unblock(UUID blocker, UUID blocked) {
        MemberBlock.delete("blockerId = ?1 and blockedId = ?2", blocker, blocked);
    }

    /** The members I blocked, newest first. */
    @Transactional
    Page<Blocked> mine(UUID blocker, int limit, String cursor) {
        StringBuilder where = new StringBuilder("blockerId = :blocker");
        Map<String, Object> params = new HashMap<>(Map.of("blocker", blocker));
        Keyset.after(cursor, "createdAt", "blockedId", true, where, params);
        List<MemberBlock> rows = MemberBlock.<MemberBlock>find(where + " order by createdAt desc, blockedId desc", params)
                .page(0, limit + 1).list();
        return Page.ofBatch(rows, limit, shown -> {
            Map<UUID, MemberCard> cards = MemberCard.byIds(shown.stream().map(b -> b.blockedId).toList());
            return shown.stream().map(b -> {
                MemberCard card = cards.get(b.blockedId);
                return new Blocked(b.blockedId, card == null || card.former() ? MemberCard.FORMER_MEMBER_NAME : card.displayName(),
                        b.createdAt);
            }).toList();
        }, b -> Cursor.encode(b.createdAt, b.blockedId));
    }

    /** The members {@code viewer} blocked or was blocked by, in one statement: whom they no longer see. */
    @SuppressWarnings("unchecked")
    public Set<UUID> hiddenFrom(UUID viewer) {
        if (viewer == null) {
            return Set.of();
        }
        List<UUID> ids = em.createNativeQuery("""
                select blocked_id from member_block where blocker_id = :viewer
                union select blocker_id from member_block where blocked_id = :viewer""", UUID.class)
                .setParameter("viewer", viewer).getResultList();
        return ids.stream().collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a block lies between {@code member} and any of {@code others}, in one statement. */
    public boolean anyBetween(UUID member, Collection<UUID> others) {
        if (others.isEmpty()) {
            return false;
        }
        return MemberBlock.count("(blockerId = ?1 and blockedId in ?2) or (blockerId in ?2 and blockedId = ?1)", member,
                Set.copyOf(others)) > 0;
    }

    /** Whether either of the two blocked the other. */
    public boolean between(UUID one, UUID other) {
        return MemberBlock.count("(blockerId = ?1 and blockedId = ?2) or (blockerId = ?2 and blockedId = ?1)", one, other) > 0;
    }
}
