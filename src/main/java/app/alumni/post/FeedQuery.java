package app.alumni.post;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.alumni.common.Cursor;
import app.alumni.common.Keyset;
import app.alumni.common.Tags;
import app.alumni.common.TextSearch;

/**
 * The SQL of one feed page: listed posts newest first, continued after the last row seen (keyset, never OFFSET).
 * Each filter has its index: type and author by B-trees in feed order, a tag by the {@code post_tag} rows in
 * feed order, search words by the GIN index of one- and two-character grams (then confirmed as substrings).
 * Announcements pinned right now are left out here: the first page shows them ahead of the feed.
 */
record FeedQuery(String sql, Map<String, Object> parameters) {

    record FeedFilter(PostType type, String tag, UUID authorId, List<String> terms) {

        static FeedFilter of(PostType type, String tag, UUID authorId, String q) {
            List<String> terms = TextSearch.terms(q);
            String tagKey = tag == null ? null : Tags.normalize(tag);
            return new FeedFilter(type, tagKey == null || tagKey.isEmpty() ? null : tagKey, authorId, terms);
        }
    }

    /** The feed after {@code cursor}, or its start; {@code pinned} selects the pinned announcements instead. */
    static FeedQuery of(FeedFilter filter, int limit, String cursor, boolean pinned, OffsetDateTime now) {
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
        TextSearch.appendConditions(sql, params, "p", filter.terms());
        if (!pinned) {
            Keyset.after(cursor, created, id, true, sql, params);
        }
        sql.append(" order by ").append(created).append(" desc, ").append(id).append(" desc limit ").append(limit + 1);
        return new FeedQuery(sql.toString(), params);
    }

    static String cursorOf(Post p) {
        return Cursor.encode(p.createdAt, p.id);
    }
}
