package app.alumni.post;

import java.util.UUID;

import app.alumni.common.Caller;
import app.alumni.member.Role;
import io.quarkus.security.identity.SecurityIdentity;

/** The caller as the feed sees them: who they are and whether they moderate. */
record Viewer(UUID id, boolean hrAdmin, boolean moderator) {

    static Viewer of(SecurityIdentity identity) {
        boolean hr = identity.hasRole(Role.Names.HR_ADMIN);
        return new Viewer(Caller.id(identity), hr, hr || identity.hasRole(Role.Names.MODERATOR));
    }

    boolean mayModerate(UUID authorId) {
        return moderator || id.equals(authorId);
    }
}
