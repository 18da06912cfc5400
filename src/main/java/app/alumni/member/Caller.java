package app.alumni.member;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: the member id in the access token's {@code sub} and the roles that matter to the features (read from
 * the database on every request by the identity augmentor, never trusted from the token). Injected per request; what
 * a caller may do is each feature's own policy, asked of its entities ({@code event.isOrganisedBy(caller)}, say).
 */
public class Caller {

    private final UUID id;
    private final boolean hrAdmin;
    private final boolean moderator;

    /** For the request-scoped client proxy only. */
    protected Caller() {
        this(null, false, false);
    }

    private Caller(UUID id, boolean hrAdmin, boolean moderator) {
        this.id = id;
        this.hrAdmin = hrAdmin;
        this.moderator = hrAdmin || moderator;
    }

    /** A member acting outside a request (the dev demo data, say). */
    public static Caller acting(UUID id, Set<Role> roles) {
        return new Caller(id, roles.contains(Role.HR_ADMIN), roles.contains(Role.MODERATOR));
    }

    public UUID id() {
        return id;
    }

    /** Whether the caller is the member {@code memberId}. */
    public boolean is(UUID memberId) {
        return id != null && id.equals(memberId);
    }

    public boolean hrAdmin() {
        return hrAdmin;
    }

    /** Moderators and HR admins moderate posts and comments. */
    public boolean moderator() {
        return moderator;
    }

    @Singleton
    static class Producer {

        @Produces
        @RequestScoped
        Caller caller(SecurityIdentity identity) {
            if (identity.isAnonymous()) {
                return new Caller();
            }
            return new Caller(UUID.fromString(identity.getPrincipal().getName()), identity.hasRole(Role.Names.HR_ADMIN),
                    identity.hasRole(Role.Names.MODERATOR));
        }
    }
}
