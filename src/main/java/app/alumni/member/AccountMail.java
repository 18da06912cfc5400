package app.alumni.member;

import java.util.Map;
import java.util.UUID;

/**
 * Fired inside the transaction of an account change that the member must be told of by e-mail (an address to verify, a
 * password reset, HR's decision on a registration). The mail is written to the outbox in that same transaction, so it
 * is sent exactly when the change commits. {@code recipient} is the address to write to (for an address change, the
 * new one); {@code params} are what the template shows ({@code token}, {@code reason}, {@code newEmail}). Mail to
 * someone who is not a member (an invitation) has no member id, and its {@code params} carry the {@code name}.
 */
public record AccountMail(Template template, UUID memberId, String recipient, Map<String, String> params) {

    /** The account e-mails; each has a Japanese and an English template. */
    public enum Template {
        VERIFY_EMAIL,
        CONFIRM_NEW_EMAIL,
        EMAIL_CHANGED,
        RESET_PASSWORD,
        REGISTRATION_APPROVED,
        REGISTRATION_REJECTED,
        /** HR's invitation to a person on the roster (to someone not a member: no member id). */
        INVITATION,
        /** A member's invitation to a former colleague (no member id). */
        REFERRAL_INVITATION
    }

    public AccountMail {
        params = Map.copyOf(params);
    }
}
