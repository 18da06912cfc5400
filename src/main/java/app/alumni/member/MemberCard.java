package app.alumni.member;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What other features show of a member (authors, organisers, attendees, applicants): a few columns read as a
 * projection, never the account (no password hash, nothing for Hibernate to dirty-check). Whether the member shares
 * an item is part of the card; each feature decides who sees what.
 */
public record MemberCard(UUID id, String displayName, String fullName, String avatarUrl, String headline, String email,
        boolean showEmail, boolean showCareer, String currentCompany, String currentTitle, MemberStatus status, boolean hidden) {

    /** The card's columns, then whether a block lies between the member and {@code :viewer} (or {@code false}). */
    private static final String SELECT = "select new " + MemberCard.class.getName() + "(m.id, m.displayName, m.fullName, "
            + "m.avatarUrl, m.headline, m.email, m.showEmail, m.showCareer, m.currentCompany, m.currentTitle, m.status, ";
    private static final String BLOCKED = "case when exists (select 1 from MemberBlock b where (b.blockerId = :viewer and "
            + "b.blockedId = m.id) or (b.blockerId = m.id and b.blockedId = :viewer)) then true else false end";

    /** How a former (erased) member is shown where their kept posts, comments or events name them. */
    public static final String FORMER_MEMBER_NAME = "退会したメンバー";

    /** The account was erased: nothing of it is shown but that a former member wrote or organised this. */
    public boolean former() {
        return status == MemberStatus.DELETED;
    }

    /** The company as other members may see it. */
    public String sharedCompany() {
        return showCareer ? currentCompany : null;
    }

    /** The title as other members may see it. */
    public String sharedTitle() {
        return showCareer ? currentTitle : null;
    }

    /** Cards by member id, in one statement; unknown ids are left out. */
    public static Map<UUID, MemberCard> byIds(Collection<UUID> ids) {
        return byIds(ids, null);
    }

    /**
     * Cards by member id as {@code viewer} sees them, in one statement: {@link #hidden()} when either of them blocked the
     * other (their content stays, shown with the display name only). Unknown ids are left out.
     */
    public static Map<UUID, MemberCard> byIds(Collection<UUID> ids, UUID viewer) {
        Set<UUID> known = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (known.isEmpty()) {
            return Collections.emptyMap();
        }
        String hql = SELECT + (viewer == null ? "false" : BLOCKED) + ") from Member m where m.id in :ids";
        var query = Member.getEntityManager().createQuery(hql, MemberCard.class).setParameter("ids", known);
        if (viewer != null) {
            query.setParameter("viewer", viewer);
        }
        return query.getResultList().stream().collect(Collectors.toMap(MemberCard::id, Function.identity()));
    }

    /** One member's card, or null. */
    public static MemberCard of(UUID id) {
        return byIds(Set.of(id)).get(id);
    }
}
