package app.alumni.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * A request that presents a bearer token is authenticated on every endpoint, public ones included: a client sending
 * an expired or forged token learns it at once (401) instead of silently being treated as anonymous.
 */
public class PresentedTokens {

    private final CurrentIdentityAssociation identities;

    PresentedTokens(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> authenticate(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().replaceWithVoid();
    }
}
