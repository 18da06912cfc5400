package app.alumni.auth;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import app.alumni.auth.AuthDtos.TokenResponse;
import app.alumni.common.Hashes;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.Times;
import app.alumni.member.Member;
import app.alumni.member.MemberStatus;
import app.alumni.member.SessionsEnded;
import io.smallrye.jwt.build.Jwt;

/**
 * Access tokens (RS256 JWT, short-lived) and refresh tokens (opaque, stored hashed, rotated on every use).
 * Presenting a refresh token that was already used means it leaked: its whole family is revoked.
 */
@ApplicationScoped
public class TokenService {

    /** The sign-in (refresh-token family) an access token belongs to, so that ending the sign-in ends the token too. */
    public static final String SESSION_CLAIM = "sid";

    private final AuthConfig config;
    private final SigningKeys keys;
    private final Clock clock;

    TokenService(AuthConfig config, SigningKeys keys, Clock clock) {
        this.clock = clock;
        this.config = config;
        this.keys = keys;
    }

    /** Starts a new sign-in (token family). */
    @Transactional
    public TokenResponse issue(Member member) {
        return issueInFamily(member, UUID.randomUUID());
    }

    @Transactional(dontRollbackOn = ProblemException.class)
    public TokenResponse refresh(String presented) {
        RefreshToken token = RefreshToken.lockByHash(Hashes.sha256(presented));
        if (token == null) {
            throw invalid();
        }
        OffsetDateTime now = Times.now(clock);
        if (token.usedAt != null) {
            // Reuse of a rotated token: someone else holds this family; end it for everyone (committed despite the 401).
            RefreshToken.revokeFamily(token.familyId, now);
            throw invalid();
        }
        if (token.revokedAt != null || !token.expiresAt.isAfter(now)) {
            throw invalid();
        }
        Member member = Member.findById(token.memberId);
        if (member == null || !member.status.maySignIn()) {
            RefreshToken.revokeFamily(token.familyId, now);
            throw invalid();
        }
        token.usedAt = now;
        return issueInFamily(member, token.familyId);
    }

    /** Ends the sign-in the token belongs to. Unknown or already revoked tokens are accepted silently. */
    @Transactional
    public void logout(String presented) {
        RefreshToken token = RefreshToken.find("tokenHash", Hashes.sha256(presented)).firstResult();
        if (token != null) {
            RefreshToken.revokeFamily(token.familyId, Times.now(clock));
        }
    }

    /** Ends every sign-in of the member but {@code keptSession} (the one changing the password, say). */
    @Transactional
    public void revokeAllBut(UUID memberId, UUID keptSession) {
        RefreshToken.revokeAllOfExcept(memberId, keptSession, Times.now(clock));
    }

    /** Suspension and rejection end every sign-in of the member, in the same transaction. */
    void onSessionsEnded(@Observes SessionsEnded event) {
        RefreshToken.revokeAllOf(event.memberId(), Times.now(clock));
    }

    private TokenResponse issueInFamily(Member member, UUID familyId) {
        Instant issuedAt = clock.instant();
        long lifespan = config.accessTokenLifespan().toSeconds();
        var groups = member.status == MemberStatus.ACTIVE ? new HashSet<>(member.roles) : Set.<String>of();
        String accessToken = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(member.id.toString())
                .groups(groups)
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(lifespan))
                .claim("jti", UUID.randomUUID().toString())
                .claim(SESSION_CLAIM, familyId.toString())
                .jws()
                .keyId(keys.keyId())
                .sign();

        String refreshToken = Hashes.randomToken();
        RefreshToken stored = new RefreshToken();
        stored.id = UUID.randomUUID();
        stored.memberId = member.id;
        stored.familyId = familyId;
        stored.tokenHash = Hashes.sha256(refreshToken);
        stored.issuedAt = Times.now(clock);
        stored.expiresAt = stored.issuedAt.plus(config.refreshTokenLifespan());
        stored.persist();
        return new TokenResponse(accessToken, refreshToken, lifespan, "Bearer");
    }

    private static ProblemException invalid() {
        return ProblemException.of(ProblemType.INVALID_REFRESH_TOKEN);
    }

}
