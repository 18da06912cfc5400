package app.alumni.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import app.alumni.common.ProblemException;
import app.alumni.common.Times;
import app.alumni.common.Violation;
import app.alumni.member.AccountMail;
import app.alumni.member.AccountToken;
import app.alumni.member.AccountToken.Purpose;
import app.alumni.member.AccountToken.Redemption;
import app.alumni.member.Member;
import app.alumni.member.MemberStatus;
import app.alumni.member.PasswordHasher;
import app.alumni.member.PasswordPolicy;
import app.alumni.member.SessionsEnded;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A forgotten password: a single-use link, valid for 30 minutes, mailed to the account's address. The request is
 * answered before the address is even looked up, so the answer and its timing are the same for every address.
 */
@ApplicationScoped
class PasswordResets {

    private static final Logger LOG = Logger.getLogger(PasswordResets.class);

    static final Duration LINK_LIFETIME = Duration.ofMinutes(30);
    /** Reset mails one account may receive per hour; more requests are answered alike but send nothing. */
    static final int MAILS_PER_ACCOUNT_PER_HOUR = 3;

    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final Event<AccountMail> mails;
    private final Event<SessionsEnded> sessionsEnded;
    private final ManagedExecutor executor;
    private final Clock clock;

    PasswordResets(PasswordHasher hasher, PasswordPolicy policy, LoginThrottle throttle, Event<AccountMail> mails,
            Event<SessionsEnded> sessionsEnded, ManagedExecutor executor, Clock clock) {
        this.hasher = hasher;
        this.policy = policy;
        this.throttle = throttle;
        this.mails = mails;
        this.sessionsEnded = sessionsEnded;
        this.executor = executor;
        this.clock = clock;
    }

    /** 429 past the client address's hourly budget; otherwise the link is mailed (or not) after the answer. */
    void request(String email, String clientAddress) {
        long wait = throttle.spend(throttle.passwordReset(clientAddress));
        if (wait > 0) {
            throw ProblemException.tooManyRequests(wait, "problem.too-many-requests.password-reset");
        }
        String address = email.strip();
        executor.execute(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> mailLink(address));
            } catch (RuntimeException e) {
                LOG.error("a password-reset link could not be prepared", e);
            }
        });
    }

    /** Existing, non-deleted accounts get a link, within their hourly budget (counted under the member's row lock). */
    void mailLink(String email) {
        Optional<Member> found = Member.findByEmail(email);
        if (found.isEmpty() || found.get().status == MemberStatus.DELETED) {
            return;
        }
        Member m = Member.lockedById(found.get().id);
        OffsetDateTime now = Times.now(clock);
        if (AccountToken.issuedSince(m.id, Purpose.RESET_PASSWORD, now.minusHours(1)) >= MAILS_PER_ACCOUNT_PER_HOUR) {
            LOG.infof("password-reset mail for member %s withheld: hourly budget spent", m.id);
            return;
        }
        String token = AccountToken.issue(m.id, Purpose.RESET_PASSWORD, null, LINK_LIFETIME, now);
        mails.fire(new AccountMail(AccountMail.Template.RESET_PASSWORD, m.id, m.email, Map.of("token", token)));
    }

    /**
     * Sets the new password (registration's rules) and ends every sign-in of the account. The link also proves the
     * address. An invalid password leaves the token usable (the transaction rolls back).
     */
    @Transactional
    void confirm(String token, String newPassword) {
        OffsetDateTime now = Times.now(clock);
        Redemption redemption = AccountToken.redeem(token, EnumSet.of(Purpose.RESET_PASSWORD), now);
        AccountToken used = redemption.token().orElseThrow(() -> redemption.refusal().problem());
        Member m = Member.lockedById(used.memberId);
        if (m.status == MemberStatus.DELETED) {
            throw AccountToken.Refusal.INVALID.problem();
        }
        List<Violation> violations = policy.check("newPassword", newPassword, m.email);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        m.passwordHash = hasher.hash(newPassword);
        if (m.emailVerifiedAt == null) {
            m.emailVerifiedAt = now;
        }
        m.touch(now);
        sessionsEnded.fire(new SessionsEnded(m.id));
    }
}
