package app.alumni.event;

import java.util.UUID;

import app.alumni.common.Caller;
import app.alumni.member.Role;
import io.quarkus.security.identity.SecurityIdentity;

/** The caller as events see them: who they are and whether they are an HR admin. */
record EventViewer(UUID id, boolean hrAdmin) {

    static EventViewer of(SecurityIdentity identity) {
        return new EventViewer(Caller.id(identity), identity.hasRole(Role.Names.HR_ADMIN));
    }

    /** Organisers and HR admins manage an event. */
    boolean organises(Event e) {
        return hrAdmin || id.equals(e.organiserId);
    }
}
