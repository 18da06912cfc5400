package app.alumni.member;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import app.alumni.common.ProblemMappers;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: a member (the id in the access token's {@code sub}) with the roles that matter to the features, or
 * one of HR's machine clients with its scopes (both read from the database on every request by the identity
 * augmentor, never trusted from the token). Injected per request; what a caller may do is each feature's own policy,
 * asked of its entities ({@code event.isOrganisedBy(caller)}, say).
 */
public class Caller {

    private final UUID id;
    private final boolean hrAdmin;
    private final boolean moderator;
    private final UUID clientId;
    private final Set<String> scopes;

    /** For the request-scoped client proxy only. */
    protected Caller() {
        this(null, false, false, null, Set.of());
    }

    private Caller(UUID id, boolean hrAdmin, boolean moderator, UUID clientId, Set<String> scopes) {
        this.id = id;
        this.hrAdmin = hrAdmin;
        this.moderator = hrAdmin || moderator;
        this.clientId = clientId;
        this.scopes = scopes;
    }

    /** A member acting outside a request (the dev demo data, say). */
    public static Caller acting(UUID id, Set<Role> roles) {
        return new Caller(id, roles.contains(Role.HR_ADMIN), roles.contains(Role.MODERATOR), null, Set.of());
    }

    /** The calling member's id; {@code null} for a machine client, which is never a member. */
    public UUID id() {
        return id;
    }

    /** The machine client's id, when one of HR's systems is calling. */
    public UUID clientId() {
        return clientId;
    }

    public boolean isClient() {
        return clientId != null;
    }

    /** Whether the caller may do what {@code scope} covers: HR admins may do all of it, clients what they were granted. */
    public boolean may(String scope) {
        return hrAdmin || scopes.contains(scope);
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
            UUID subject = UUID.fromString(identity.getPrincipal().getName());
            if (identity.getAttribute(ProblemMappers.CLIENT_ATTRIBUTE) != null) {
                Set<String> scopes = identity.getRoles().stream().filter(Scopes::isScope).collect(Collectors.toUnmodifiableSet());
                return new Caller(null, false, false, subject, scopes);
            }
            return new Caller(subject, identity.hasRole(Role.Names.HR_ADMIN), identity.hasRole(Role.Names.MODERATOR), null, Set.of());
        }
    }
}
