package app.alumni.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import app.alumni.member.AccountErased;

/**
 * What the feed keeps of an erased member: their reactions go (the counters with them); their posts and comments stay,
 * shown as by a former member, or are removed with their text, as the member chose. Text the member deleted earlier is
 * erased either way, and nothing names them as an editor or remover any more. Bulk statements: one per kind of row,
 * whatever the member wrote.
 */
@ApplicationScoped
class PostErasure {

    /** The text left in an erased post or comment (the columns must not be empty; it is shown nowhere). */
    private static final String ERASED = "-";

    private final EntityManager em;

    PostErasure(EntityManager em) {
        this.em = em;
    }

    void onAccountErased(@Observes AccountErased erased) {
        execute("""
                with gone as (delete from post_reaction where member_id = :member returning post_id, type)
                update post p set
                  like_count = p.like_count - g.likes, celebrate_count = p.celebrate_count - g.celebrates,
                  insightful_count = p.insightful_count - g.insightfuls, support_count = p.support_count - g.supports
                from (select post_id, count(*) filter (where type = 'LIKE') as likes,
                             count(*) filter (where type = 'CELEBRATE') as celebrates,
                             count(*) filter (where type = 'INSIGHTFUL') as insightfuls,
                             count(*) filter (where type = 'SUPPORT') as supports
                      from gone group by post_id) g
                where p.id = g.post_id""", erased);
        if (erased.deleteContent()) {
            execute("""
                    update post p set comment_count = p.comment_count - c.n
                    from (select post_id, count(*) as n from post_comment
                          where author_id = :member and deleted_at is null and hidden_at is null group by post_id) c
                    where p.id = c.post_id""", erased);
            execute("update post_comment set deleted_at = :now where author_id = :member and deleted_at is null", erased);
            execute("update post set deleted_at = :now, pinned_until = null where author_id = :member and deleted_at is null", erased);
            execute("delete from post_tag where post_id in (select id from post where author_id = :member)", erased);
        }
        execute("update post_comment set body = '" + ERASED + "', hidden_reason = null"
                + " where author_id = :member and deleted_at is not null", erased);
        execute("update post set body = '" + ERASED + "', title = case when type = 'ANNOUNCEMENT' then '" + ERASED + "' end,"
                + " tags = '{}', search_text = '', search_grams = '{}', hidden_reason = null"
                + " where author_id = :member and deleted_at is not null", erased);
        for (String table : new String[] { "post", "post_comment" }) {
            execute("update " + table + " set edited_by = null where edited_by = :member", erased);
            execute("update " + table + " set deleted_by = null where deleted_by = :member", erased);
        }
    }

    private void execute(String sql, AccountErased erased) {
        var query = em.createNativeQuery(sql).setParameter("member", erased.memberId());
        if (sql.contains(":now")) {
            query.setParameter("now", erased.at());
        }
        query.executeUpdate();
    }
}
