package app.alumni.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;

/** The member's posts, comments and reactions (what they deleted themselves is gone from the export too). */
@ApplicationScoped
class PostPersonalData {

    @Produces
    PersonalData posts(EntityManager em) {
        return PersonalData.rows(em, "posts", """
                select id as "id", type as "type", category as "category", title as "title", body as "body", tags as "tags",
                       created_at as "createdAt", edited_at as "editedAt", hidden_at is not null as "hidden"
                from post where author_id = :member and deleted_at is null order by created_at, id""");
    }

    @Produces
    PersonalData comments(EntityManager em) {
        return PersonalData.rows(em, "comments", """
                select id as "id", post_id as "postId", parent_id as "parentId", body as "body", created_at as "createdAt",
                       edited_at as "editedAt", hidden_at is not null as "hidden"
                from post_comment where author_id = :member and deleted_at is null order by created_at, id""");
    }

    @Produces
    PersonalData reactions(EntityManager em) {
        return PersonalData.rows(em, "reactions", """
                select post_id as "postId", type as "type", created_at as "createdAt"
                from post_reaction where member_id = :member order by created_at, post_id, type""");
    }
}
