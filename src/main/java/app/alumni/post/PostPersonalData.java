package app.alumni.post;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;
import app.alumni.common.PersonalRows;

/** The member's posts, comments and reactions (what they deleted themselves is gone from the export too). */
final class PostPersonalData {

    private PostPersonalData() {
    }

    @ApplicationScoped
    static class Posts implements PersonalData {

        private final EntityManager em;

        Posts(EntityManager em) {
            this.em = em;
        }

        @Override
        public String part() {
            return "posts";
        }

        @Override
        public Object of(UUID memberId) {
            return PersonalRows.of(em, """
                    select id as "id", type as "type", category as "category", title as "title", body as "body", tags as "tags",
                           created_at as "createdAt", edited_at as "editedAt", hidden_at is not null as "hidden"
                    from post where author_id = :member and deleted_at is null order by created_at, id""", memberId);
        }
    }

    @ApplicationScoped
    static class Comments implements PersonalData {

        private final EntityManager em;

        Comments(EntityManager em) {
            this.em = em;
        }

        @Override
        public String part() {
            return "comments";
        }

        @Override
        public Object of(UUID memberId) {
            return PersonalRows.of(em, """
                    select id as "id", post_id as "postId", parent_id as "parentId", body as "body", created_at as "createdAt",
                           edited_at as "editedAt", hidden_at is not null as "hidden"
                    from post_comment where author_id = :member and deleted_at is null order by created_at, id""", memberId);
        }
    }

    @ApplicationScoped
    static class Reactions implements PersonalData {

        private final EntityManager em;

        Reactions(EntityManager em) {
            this.em = em;
        }

        @Override
        public String part() {
            return "reactions";
        }

        @Override
        public Object of(UUID memberId) {
            return PersonalRows.of(em, """
                    select post_id as "postId", type as "type", created_at as "createdAt"
                    from post_reaction where member_id = :member order by created_at, post_id, type""", memberId);
        }
    }
}
