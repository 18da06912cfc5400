package app.alumni.post;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import app.alumni.common.Cursor;
import app.alumni.common.Keyset;
import app.alumni.common.TextSearch;
import app.alumni.member.Caller;
import app.alumni.member.GroupAccess;

/**
 * The post feature's SQL, where PostgreSQL itself is the point: the feed page and the reaction upsert. Everything
 * else about posts is entities and HQL.
 */
@ApplicationScoped
class PostQueries {

    private final EntityManager em;

    PostQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * One feed page: listed posts newest first, continued after the last row seen (keyset, never OFFSET). Each filter
     * has its index: type and author by B-trees in feed order, a tag by the {@code post_tag} rows in feed order, search
     * words by the GIN index of one- and two-character grams (then confirmed as substrings). Announcements pinned right
     * now are left out; {@code pinned} selects them instead (the first page shows them ahead of the feed).
     */
    @SuppressWarnings("unchecked")
    List<Post> feed(FeedFilter filter, int limit, String cursor, boolean pinned, OffsetDateTime now, Caller viewer) {
        StringBuilder sql = new StringBuilder("select p.* from ");
        Map<String, Object> params = new LinkedHashMap<>();
        String created = "p.created_at";
        String id = "p.id";
        if (filter.tag() != null) {
            sql.append("post_tag t join post p on p.id = t.post_id where t.tag = :tag and ");
            params.put("tag", filter.tag());
            created = "t.created_at";
            id = "t.post_id";
        } else {
            sql.append("post p where ");
        }
        sql.append("p.deleted_at is null and p.hidden_at is null");
        sql.append(pinned ? " and p.pinned_until > :now" : " and (p.pinned_until is null or p.pinned_until <= :now)");
        params.put("now", now);
        if (filter.type() != null) {
            sql.append(" and p.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.authorId() != null) {
            sql.append(" and p.author_id = :author");
            params.put("author", filter.authorId());
        }
        if (filter.groupId() != null) {
            sql.append(" and p.group_id = :group");
            params.put("group", filter.groupId());
        }
        if (!viewer.hrAdmin()) {
            // A closed group's posts are for its members: HR sees everything.
            sql.append(" and ").append(GroupAccess.visibleTo("p.group_id"));
            params.put("viewer", viewer.id());
        }
        TextSearch.appendConditions(sql, params, "p", filter.terms());
        if (!pinned) {
            Keyset.after(cursor, created, id, true, sql, params);
        }
        sql.append(" order by ").append(created).append(" desc, ").append(id).append(" desc limit ").append(limit + 1);
        Query query = em.createNativeQuery(sql.toString(), Post.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    static String cursorOf(Post p) {
        return Cursor.encode(p.createdAt, p.id);
    }

    /** Adds the reaction unless it is there; whether a row was written (so the post's counter moves once). */
    boolean addReaction(UUID postId, UUID memberId, ReactionType type, OffsetDateTime now) {
        return em.createNativeQuery("insert into post_reaction (post_id, member_id, type, created_at) values (:post, :member, :type, :now)"
                + " on conflict do nothing")
                .setParameter("post", postId).setParameter("member", memberId).setParameter("type", type.name()).setParameter("now", now)
                .executeUpdate() == 1;
    }
}
