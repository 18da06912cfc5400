package app.alumni.member;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.Times;
import app.alumni.member.AccountMail.Template;
import app.alumni.member.AccountToken.Purpose;
import app.alumni.member.AccountToken.Redemption;

/**
 * A member's e-mail address is proven by a mailed single-use link: once after registration, and for every change of
 * address, which changes nothing until the new address confirms it (the old one is then told).
 */
@ApplicationScoped
public class EmailAddresses {

    static final Duration VERIFICATION_LIFETIME = Duration.ofDays(3);
    static final Duration CHANGE_LIFETIME = Duration.ofHours(24);
    /** Mails of one purpose a member may have sent per hour: someone else's address must not be mail-bombed. */
    static final int MAILS_PER_HOUR = 5;

    private final PasswordHasher hasher;
    private final Event<AccountMail> mails;
    private final Clock clock;

    EmailAddresses(PasswordHasher hasher, Event<AccountMail> mails, Clock clock) {
        this.hasher = hasher;
        this.mails = mails;
        this.clock = clock;
    }

    /** Within the caller's transaction (registration): a verification link to the member's address. */
    void sendVerification(Member m) {
        String token = AccountToken.issue(m.id, Purpose.VERIFY_EMAIL, null, VERIFICATION_LIFETIME, Times.now(clock));
        mails.fire(new AccountMail(Template.VERIFY_EMAIL, m.id, m.email, Map.of("token", token)));
    }

    /** Another verification link; 409 when the address is already verified, 429 past the hourly budget. */
    @Transactional
    public void resendVerification(UUID memberId) {
        Member m = RegistrationService.lock(memberId);
        if (m.emailVerifiedAt != null) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.email-verified");
        }
        spendMailBudget(m.id, Purpose.VERIFY_EMAIL);
        sendVerification(m);
    }

    /** Redeems a verification or address-change link; the token is used up only when everything succeeds. */
    @Transactional
    public void confirm(String token) {
        OffsetDateTime now = Times.now(clock);
        Redemption redemption = AccountToken.redeem(token, EnumSet.of(Purpose.VERIFY_EMAIL, Purpose.CHANGE_EMAIL), now);
        AccountToken used = redemption.token().orElseThrow(() -> redemption.refusal().problem());
        Member m = RegistrationService.lock(used.memberId);
        if (!m.status.maySignIn()) {
            throw AccountToken.Refusal.INVALID.problem();
        }
        if (used.purpose == Purpose.CHANGE_EMAIL) {
            changeTo(m, used.newEmail, now);
        } else if (m.emailVerifiedAt == null) {
            m.emailVerifiedAt = now;
            m.touch(now);
        }
    }

    private void changeTo(Member m, String newEmail, OffsetDateTime now) {
        if (Member.findByEmail(newEmail).filter(other -> !other.id.equals(m.id)).isPresent()) {
            throw ProblemException.of(ProblemType.EMAIL_TAKEN);
        }
        String oldEmail = m.email;
        m.email = newEmail;
        m.emailVerifiedAt = now;
        m.touch(now);
        try {
            m.flush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                // Another account took the address at the same moment: the unique index settles it.
                throw ProblemException.of(ProblemType.EMAIL_TAKEN);
            }
            throw e;
        }
        mails.fire(new AccountMail(Template.EMAIL_CHANGED, m.id, oldEmail, Map.of("newEmail", masked(newEmail))));
    }

    /**
     * Starts a change of address: checks the password, then mails a confirmation link to the new address. Nothing
     * changes until that link is used; 409 when another account has the address.
     */
    @Transactional
    public void requestChange(UUID memberId, String newEmail, String password) {
        Member m = RegistrationService.lock(memberId);
        if (!hasher.matches(password, m.passwordHash)) {
            throw ProblemException.invalid("password", "validation.password.current-wrong");
        }
        String address = newEmail.strip();
        if (address.equalsIgnoreCase(m.email)) {
            throw ProblemException.invalid("newEmail", "validation.email.unchanged");
        }
        if (Member.findByEmail(address).isPresent()) {
            throw ProblemException.of(ProblemType.EMAIL_TAKEN);
        }
        spendMailBudget(m.id, Purpose.CHANGE_EMAIL);
        String token = AccountToken.issue(m.id, Purpose.CHANGE_EMAIL, address, CHANGE_LIFETIME, Times.now(clock));
        mails.fire(new AccountMail(Template.CONFIRM_NEW_EMAIL, m.id, address, Map.of("token", token, "newEmail", address)));
    }

    /** Under the member's row lock, so concurrent requests count one after the other. */
    private void spendMailBudget(UUID memberId, Purpose purpose) {
        OffsetDateTime now = Times.now(clock);
        if (AccountToken.issuedSince(memberId, purpose, now.minusHours(1)) >= MAILS_PER_HOUR) {
            throw ProblemException.tooManyRequests(Duration.ofHours(1).toSeconds(), "problem.too-many-requests.mails");
        }
    }

    /** {@code hanako@example.jp} as {@code h***@example.jp}: the old address learns where the account went, not all of it. */
    static String masked(String email) {
        int at = email.lastIndexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
