package app.alumni.post;

import java.util.UUID;

import app.alumni.member.Caller;

/** Who may do what with posts and comments beyond reading them. */
final class PostPolicy {

    private PostPolicy() {
    }

    /** Authors edit, delete and still see their own hidden items; moderators and HR admins anyone's. */
    static boolean mayModerate(Caller caller, UUID authorId) {
        return caller.moderator() || caller.is(authorId);
    }
}
