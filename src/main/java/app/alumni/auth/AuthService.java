package app.alumni.auth;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.alumni.auth.AuthDtos.TokenResponse;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.Violation;
import app.alumni.member.Member;

/** Sign-in and password changes. */
@ApplicationScoped
public class AuthService {

    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final TokenService tokens;

    AuthService(PasswordHasher hasher, PasswordPolicy policy, LoginThrottle throttle, TokenService tokens) {
        this.hasher = hasher;
        this.policy = policy;
        this.throttle = throttle;
        this.tokens = tokens;
    }

    /**
     * Wrong e-mail and wrong password get the same answer, after the same work. Locked keys are refused before the
     * password is even checked, so guessing cannot continue during a lock.
     */
    public TokenResponse login(String email, String password, String clientAddress) {
        String accountKey = LoginThrottle.accountKey(email);
        String addressKey = LoginThrottle.addressKey(clientAddress);
        long locked = throttle.secondsLocked(accountKey, addressKey);
        if (locked > 0) {
            throw ProblemException.tooManyRequests(locked);
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
            throttle.recordFailure(accountKey, addressKey);
            throw ProblemException.of(ProblemType.INVALID_CREDENTIALS);
        }
        Member member = found.get();
        if (!member.status.maySignIn()) {
            throw ProblemException.of(ProblemType.ACCOUNT_DISABLED, "problem.account-disabled." + member.status.name().toLowerCase(java.util.Locale.ROOT));
        }
        throttle.recordSuccess(accountKey);
        return tokens.issue(member);
    }

    @Transactional
    Optional<Member> findMember(String email) {
        return Member.findByEmail(email.strip());
    }

    /** Checks the current password, applies the rules to the new one, and ends every other sign-in. */
    @Transactional
    public void changePassword(UUID memberId, String currentPassword, String newPassword) {
        Member member = Member.findById(memberId);
        if (member == null) {
            throw ProblemException.notFound();
        }
        if (!hasher.matches(currentPassword, member.passwordHash)) {
            throw ProblemException.invalid("currentPassword", "validation.password.current-wrong");
        }
        var violations = new java.util.ArrayList<Violation>(policy.check("newPassword", newPassword, member.email));
        if (violations.isEmpty() && currentPassword.equals(newPassword)) {
            violations.add(new Violation("newPassword", "validation.password.unchanged"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        member.passwordHash = hasher.hash(newPassword);
        member.touch();
        tokens.revokeAll(memberId);
    }
}
