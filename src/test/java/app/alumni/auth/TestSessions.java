package app.alumni.auth;

import java.util.UUID;

import app.alumni.auth.AuthDtos.TokenResponse;
import app.alumni.member.Actor;
import app.alumni.member.Member;
import app.alumni.member.RegistrationService;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Test fixtures that skip the round trips a test is not about: HR's approval and the sign-in, done by the same
 * services the endpoints call. Tests of registration, verification and sign-in themselves go through the API.
 */
public final class TestSessions {

    private TestSessions() {
    }

    /** Access and refresh token of a new sign-in of the member, as {@code POST /auth/login} would issue them. */
    public record Tokens(String accessToken, String refreshToken) {
    }

    public static Tokens signIn(UUID memberId) {
        TokenService tokens = Arc.container().instance(TokenService.class).get();
        TokenResponse issued = QuarkusTransaction.requiringNew().call(() -> tokens.issue(Member.findById(memberId)));
        return new Tokens(issued.accessToken(), issued.refreshToken());
    }

    /** HR (the bootstrap admin {@code adminEmail}) approves the registration {@code memberId}. */
    public static void approve(UUID memberId, String adminEmail) {
        RegistrationService registrations = Arc.container().instance(RegistrationService.class).get();
        QuarkusTransaction.requiringNew().run(() -> registrations.approve(memberId,
                new Actor(Actor.ActorKind.MEMBER, Member.findByEmail(adminEmail).orElseThrow().id)));
    }
}
