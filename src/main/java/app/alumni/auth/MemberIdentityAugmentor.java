package app.alumni.auth;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import app.alumni.common.ProblemMappers;
import app.alumni.member.AccountStates;
import app.alumni.member.MemberStatus;
import app.alumni.member.Role;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Replaces the roles a token was issued with by the account's roles and status now, so that a suspension,
 * a rejection or a role change takes effect on the very next request rather than when the token expires.
 * ACTIVE accounts also get {@link Role.Names#ACTIVE_MEMBER}, which every community endpoint requires.
 */
@ApplicationScoped
public class MemberIdentityAugmentor implements SecurityIdentityAugmentor {

    private final AccountStates accounts;

    MemberIdentityAugmentor(AccountStates accounts) {
        this.accounts = accounts;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> withAccountState(identity, jwt));
    }

    private SecurityIdentity withAccountState(SecurityIdentity identity, JsonWebToken jwt) {
        UUID memberId;
        try {
            memberId = UUID.fromString(jwt.getSubject());
        } catch (RuntimeException e) {
            throw new AuthenticationFailedException("token subject is not a member id");
        }
        var state = accounts.of(memberId)
                .filter(s -> s.status().maySignIn())
                .orElseThrow(() -> new AuthenticationFailedException("account cannot sign in"));
        Set<String> roles = new HashSet<>();
        if (state.status() == MemberStatus.ACTIVE) {
            roles.addAll(state.roles());
            roles.add(Role.Names.ACTIVE_MEMBER);
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(ProblemMappers.STATUS_ATTRIBUTE, state.status().name())
                .addRoles(roles)
                .build();
    }
}
