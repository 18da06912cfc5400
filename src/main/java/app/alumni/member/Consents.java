package app.alumni.member;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.common.ProblemException;
import app.alumni.common.Times;

/** A member's consents to the privacy policy: accepting the current version, and the history of what was accepted when. */
@ApplicationScoped
class Consents {

    private final PrivacyPolicy policy;
    private final Clock clock;

    Consents(PrivacyPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    @Schema(name = "Consent", description = "A version of the privacy policy the member accepted, and when.")
    record Consent(
            @Schema(maxLength = 32, required = true, example = "2026-12-01") String policyVersion,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime acceptedAt) {
    }

    /** Accepts the current version (only it: 400 names it otherwise); accepting it again changes nothing. */
    @Transactional
    Accepted accept(UUID memberId, String policyVersion) {
        String current = policy.currentVersion();
        if (!current.equals(policyVersion)) {
            throw ProblemException.invalid("policyVersion", "validation.privacy-policy.not-current", current);
        }
        Member m = Member.lockedById(memberId);
        boolean fresh = !current.equals(m.privacyPolicyVersion);
        if (fresh) {
            // The trigger on member records the consent in member_consent.
            m.privacyPolicyVersion = current;
            m.privacyPolicyAcceptedAt = Times.now(clock);
        }
        return new Accepted(new Consent(current, m.privacyPolicyAcceptedAt), fresh);
    }

    record Accepted(Consent consent, boolean fresh) {
    }

    /** A timestamptz as the driver hands it to a native query. */
    private static OffsetDateTime moment(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a moment: " + value.getClass());
    }

    /** What the member accepted, newest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    List<Consent> of(UUID memberId) {
        List<Object[]> rows = Member.getEntityManager().createNativeQuery("select policy_version, accepted_at from member_consent"
                + " where member_id = ?1 order by accepted_at desc, policy_version desc").setParameter(1, memberId).getResultList();
        return rows.stream().map(r -> new Consent((String) r[0], moment(r[1]))).toList();
    }
}
