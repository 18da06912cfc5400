package app.alumni.auth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

import app.alumni.common.ProblemMappers;
import app.alumni.member.MemberStatus;
import app.alumni.member.PrivacyPolicy;
import app.alumni.member.Role;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Completes SmallRye JWT's verification (signature, {@code iss}, {@code aud}, {@code exp}) with what it does not check,
 * and replaces the roles a token was issued with by the account's roles and status now:
 * <ul>
 * <li>the token names our signing key ({@code kid}) and was not issued in the future ({@code iat});</li>
 * <li>its sign-in ({@code sid}) has not ended: signing out, a password change elsewhere or a suspension stops the
 * access tokens of that sign-in at once, not when they expire;</li>
 * <li>the account may still sign in, and a suspension, a rejection or a role change takes effect on the very next
 * request. ACTIVE accounts that accepted the privacy policy in effect also get {@link Role.Names#ACTIVE_MEMBER}, which
 * every community endpoint requires, and their roles; without that consent they keep their own account only.</li>
 * </ul>
 * Tokens of HR's machine clients are checked against the client in the same way (see {@link #clientIdentity}).
 */
@ApplicationScoped
public class MemberIdentityAugmentor implements SecurityIdentityAugmentor {

    /** How far a token's {@code iat} may lie ahead of this server's clock. */
    static final long CLOCK_SKEW_SECONDS = 60;

    private final SignInStates signIns;
    private final SigningKeys keys;
    private final ClientStates clients;
    private final PrivacyPolicy policy;
    private final Clock clock;

    MemberIdentityAugmentor(SignInStates signIns, SigningKeys keys, ClientStates clients, PrivacyPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.clients = clients;
        this.signIns = signIns;
        this.keys = keys;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> withAccountState(identity, jwt));
    }

    private SecurityIdentity withAccountState(SecurityIdentity identity, JsonWebToken jwt) {
        if (!keys.keyId().equals(keyIdOf(jwt.getRawToken()))) {
            throw new AuthenticationFailedException("token not signed with the current key");
        }
        if (jwt.getIssuedAtTime() > clock.millis() / 1000 + CLOCK_SKEW_SECONDS) {
            throw new AuthenticationFailedException("token issued in the future");
        }
        if (jwt.containsClaim(ClientTokens.CLIENT_ID_CLAIM)) {
            return clientIdentity(identity, jwt);
        }
        UUID memberId;
        try {
            memberId = UUID.fromString(jwt.getSubject());
        } catch (RuntimeException e) {
            throw new AuthenticationFailedException("token subject is not a member id");
        }
        UUID session = Sessions.of(jwt);
        if (session == null) {
            throw new AuthenticationFailedException("the token names no sign-in");
        }
        var state = signIns.of(memberId, session).orElseThrow(() -> new AuthenticationFailedException("no such account"));
        if (state.ended()) {
            throw new AuthenticationFailedException("the token's sign-in has ended");
        }
        if (!state.status().maySignIn()) {
            throw new AuthenticationFailedException("account cannot sign in");
        }
        Set<String> roles = new HashSet<>();
        roles.add(Role.Names.ACCOUNT_HOLDER);
        // A member who has not accepted the policy in effect keeps their own account only, until they accept it.
        String current = policy.currentVersion();
        boolean consented = current.equals(state.policyVersion());
        if (state.status() == MemberStatus.ACTIVE && consented) {
            roles.addAll(state.roles());
            roles.add(Role.Names.ACTIVE_MEMBER);
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(ProblemMappers.ACCOUNT_ACTIVE_ATTRIBUTE, state.status() == MemberStatus.ACTIVE)
                .addAttribute(ProblemMappers.CONSENT_REQUIRED_ATTRIBUTE, consented ? "" : current)
                .addRoles(roles)
                .build();
    }

    /**
     * A machine client's token: the client must still exist, not be revoked, and hold the secret the token was obtained
     * with. Its roles are the token's scopes the client still has (HR may have narrowed them since), and no member role.
     */
    private SecurityIdentity clientIdentity(SecurityIdentity identity, JsonWebToken jwt) {
        var client = clients.current(jwt.getSubject(), ClientTokens.text(jwt, ClientTokens.STAMP_CLAIM))
                .orElseThrow(() -> new AuthenticationFailedException("the client was revoked or its secret rotated"));
        Set<String> scopes = new HashSet<>(ClientTokens.scopesOf(ClientTokens.text(jwt, ClientTokens.SCOPE_CLAIM)));
        scopes.retainAll(client.scopes());
        if (client.suspended()) {
            scopes.clear(); // refused everywhere, with a problem that says why
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(ProblemMappers.CLIENT_ATTRIBUTE, client.name())
                .addAttribute(ProblemMappers.CLIENT_SUSPENDED_ATTRIBUTE, client.suspended())
                .addRoles(scopes)
                .build();
    }

    /** The {@code kid} of a compact JWS's protected header. */
    static String keyIdOf(String rawToken) {
        if (rawToken == null || rawToken.indexOf('.') < 0) {
            return null;
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(rawToken.substring(0, rawToken.indexOf('.'))), StandardCharsets.UTF_8);
            Map<String, Object> fields = JsonUtil.parseJson(header);
            return fields.get("kid") instanceof String kid ? kid : null;
        } catch (IllegalArgumentException | JoseException e) {
            return null;
        }
    }
}
