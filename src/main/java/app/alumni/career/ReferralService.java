package app.alumni.career;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import app.alumni.career.CareerEnums.Kind;
import app.alumni.career.CareerEnums.ListingStatus;
import app.alumni.career.ReferralViews.NewReferral;
import app.alumni.career.ReferralViews.ReferralPatch;
import app.alumni.career.ReferralViews.ReferralView;
import app.alumni.common.Cursor;
import app.alumni.common.ETags;
import app.alumni.common.Keyset;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.common.Times;
import app.alumni.member.Caller;
import app.alumni.member.Member;
import app.alumni.member.MemberCard;
import app.alumni.member.Notice;
import app.alumni.member.NoticeType;
import app.alumni.member.Notices;
import app.alumni.member.Recipients;
import app.alumni.member.Role;
import app.alumni.member.Scopes;

/**
 * Referrals of candidates to open jobs: members refer (at most {@value #PER_DAY} a day, counted under a lock on their
 * row), HR moves them along and keeps a note; the referrer follows the status and is told when it changes.
 */
@ApplicationScoped
class ReferralService {

    static final int PER_DAY = 20;

    private final Notices notices;
    private final Clock clock;

    ReferralService(Notices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    ReferralView refer(UUID listingId, Caller caller, NewReferral request) {
        OffsetDateTime now = Times.now(clock);
        JobListing l = JobListing.findById(listingId);
        if (l == null || l.effectiveStatus(now) == ListingStatus.DRAFT && !l.isManagedBy(caller)) {
            throw ProblemException.notFound();
        }
        if (l.kind != Kind.JOB) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.referral-jobs-only");
        }
        if (l.effectiveStatus(now) != ListingStatus.OPEN) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.listing-closed");
        }
        Member.lockedById(caller.id());
        List<JobReferral> today = JobReferral.<JobReferral>find("referrerId = ?1 and createdAt > ?2 order by createdAt", caller.id(),
                now.minusDays(1)).list();
        if (today.size() >= PER_DAY) {
            long wait = Math.max(1, Duration.between(now, today.get(0).createdAt.plusDays(1)).toSeconds());
            throw ProblemException.tooManyRequests(wait, "problem.too-many-requests.referrals");
        }
        JobReferral r = new JobReferral();
        r.listingId = listingId;
        r.referrerId = caller.id();
        r.candidateName = request.candidateName().strip();
        r.candidateEmail = request.candidateEmail().strip();
        r.relationship = request.relationship().strip();
        r.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        r.consentedAt = now;
        r.status = JobReferral.Status.SUBMITTED;
        r.createdAt = now;
        r.updatedAt = now;
        try {
            r.persistAndFlush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.already-referred");
            }
            throw e;
        }
        notices.fire(new Notice(NoticeType.REFERRAL_RECEIVED, caller.id(), l.asSubject(), Recipients.withRole(Role.HR_ADMIN)));
        return views(List.of(r), caller).get(0);
    }

    /** A job's referrals, oldest first, for HR. */
    @Transactional
    Page<ReferralView> forListing(UUID listingId, Caller caller, int limit, String cursor) {
        ReadOnly.reads(JobReferral.getEntityManager());
        if (JobListing.findById(listingId) == null) {
            throw ProblemException.notFound();
        }
        StringBuilder where = new StringBuilder("listingId = :listing");
        Map<String, Object> params = new HashMap<>(Map.of("listing", listingId));
        Keyset.after(cursor, "createdAt", "id", false, where, params);
        List<JobReferral> rows = JobReferral.<JobReferral>find(where + " order by createdAt, id", params).page(0, limit + 1).list();
        return Page.ofBatch(rows, limit, shown -> views(shown, caller), r -> Cursor.encode(r.createdAt, r.id));
    }

    /** The caller's own referrals, newest first. */
    @Transactional
    Page<ReferralView> mine(Caller caller, int limit, String cursor) {
        ReadOnly.reads(JobReferral.getEntityManager());
        StringBuilder where = new StringBuilder("referrerId = :me");
        Map<String, Object> params = new HashMap<>(Map.of("me", caller.id()));
        Keyset.after(cursor, "createdAt", "id", true, where, params);
        List<JobReferral> rows = JobReferral.<JobReferral>find(where + " order by createdAt desc, id desc", params).page(0, limit + 1)
                .list();
        return Page.ofBatch(rows, limit, shown -> views(shown, caller), r -> Cursor.encode(r.createdAt, r.id));
    }

    /** One referral, for its referrer or HR; 404 for anyone else. */
    @Transactional
    Versioned get(UUID id, Caller caller) {
        JobReferral r = visible(JobReferral.findById(id), caller);
        return new Versioned(views(List.of(r), caller).get(0), r.version);
    }

    /** HR moves a referral along the allowed transitions and keeps a note; the referrer is told of a new status. */
    @Transactional
    Versioned change(UUID id, Caller caller, ReferralPatch patch, String ifMatch) {
        JobReferral r = JobReferral.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw ProblemException.notFound();
        }
        if (patch.status() == null && patch.hrNote() == null) {
            throw ProblemException.invalid("status", "validation.status-or-note");
        }
        ETags.check(ifMatch, r.version);
        if (patch.status() != null && patch.status() != r.status) {
            r.moveTo(patch.status());
            JobListing l = JobListing.findById(r.listingId);
            notices.fire(new Notice(NoticeType.REFERRAL_STATUS_CHANGED, caller.id(), l.asSubject(),
                    Recipients.member(r.referrerId), Map.of("status", r.status.name())));
        }
        if (patch.hrNote() != null) {
            r.hrNote = patch.hrNote().isBlank() ? null : patch.hrNote();
        }
        r.updatedAt = Times.now(clock);
        JobReferral.flush();
        return new Versioned(views(List.of(r), caller).get(0), r.version);
    }

    /** A referral with its version (its ETag). */
    record Versioned(ReferralView view, long version) {
    }

    private static JobReferral visible(JobReferral r, Caller caller) {
        if (r == null || !(caller.is(r.referrerId) || caller.may(Scopes.APPLICATIONS_READ))) {
            throw ProblemException.notFound();
        }
        return r;
    }

    /** Views of a page: its listings and referrers in one query each; HR's note only for HR and HR's systems. */
    private static List<ReferralView> views(List<JobReferral> rows, Caller caller) {
        Map<UUID, JobListing> listings = rows.isEmpty() ? Map.of()
                : JobListing.<JobListing>list("id in ?1", rows.stream().map(r -> r.listingId).distinct().toList()).stream()
                        .collect(Collectors.toMap(l -> l.id, Function.identity()));
        Map<UUID, MemberCard> referrers = MemberCard.byIds(rows.stream().map(r -> r.referrerId).distinct().toList());
        boolean hr = caller.may(Scopes.APPLICATIONS_READ);
        return rows.stream().map(r -> ReferralView.of(r, listings.get(r.listingId), referrers.get(r.referrerId), hr)).toList();
    }
}
