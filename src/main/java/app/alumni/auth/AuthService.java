package app.alumni.auth;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.alumni.auth.AuthDtos.TokenResponse;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.Times;
import app.alumni.common.Violation;
import app.alumni.member.Member;
import app.alumni.member.PasswordHasher;
import app.alumni.member.PasswordPolicy;

/** Sign-in and password changes. */
@ApplicationScoped
public class AuthService {

    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final TokenService tokens;
    private final Clock clock;

    AuthService(PasswordHasher hasher, PasswordPolicy policy, LoginThrottle throttle, TokenService tokens, Clock clock) {
        this.clock = clock;
        this.hasher = hasher;
        this.policy = policy;
        this.throttle = throttle;
        this.tokens = tokens;
    }

    /**
     * Wrong e-mail and wrong password get the same answer, after the same work. The attempt is counted before the
     * password is checked, so an exhausted budget refuses at once and concurrent guesses cannot slip past it.
     */
    public TokenResponse login(String email, String password, String clientAddress) {
        LoginThrottle.Attempt attempt = throttle.attempt(email, clientAddress);
        long wait = throttle.spend(attempt);
        if (wait > 0) {
            throw ProblemException.tooManyRequests(wait, "problem.too-many-requests.sign-in");
        }
        Optional<Member> found = findMember(email);
        boolean matches;
        if (found.isPresent()) {
            matches = hasher.matches(password, found.get().passwordHash);
        } else {
            hasher.burnCheck(password);
            matches = false;
        }
        if (!matches) {
            throw ProblemException.of(ProblemType.INVALID_CREDENTIALS);
        }
        Member member = found.get();
        if (!member.status.maySignIn()) {
            String status = member.status.name().toLowerCase(Locale.ROOT);
            throw ProblemException.of(ProblemType.ACCOUNT_DISABLED, "problem.account-disabled." + status);
        }
        throttle.succeeded(attempt);
        return tokens.issue(member);
    }

    @Transactional
    Optional<Member> findMember(String email) {
        return Member.findByEmail(email.strip());
    }

    /** Checks the current password, applies the rules to the new one, and ends every other sign-in (not this one). */
    @Transactional
    public void changePassword(UUID memberId, UUID currentSession, String currentPassword, String newPassword) {
        Member member = Member.findById(memberId);
        if (member == null) {
            throw ProblemException.notFound();
        }
        if (!hasher.matches(currentPassword, member.passwordHash)) {
            throw ProblemException.invalid("currentPassword", "validation.password.current-wrong");
        }
        var violations = new ArrayList<Violation>(policy.check("newPassword", newPassword, member.email));
        if (violations.isEmpty() && currentPassword.equals(newPassword)) {
            violations.add(new Violation("newPassword", "validation.password.unchanged"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        member.passwordHash = hasher.hash(newPassword);
        member.touch(Times.now(clock));
        tokens.revokeAllBut(memberId, currentSession);
    }
}
