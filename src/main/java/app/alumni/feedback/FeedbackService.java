package app.alumni.feedback;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.alumni.common.ChangesSince;
import app.alumni.common.Cursor;
import app.alumni.common.ETags;
import app.alumni.common.Keyset;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.common.Times;
import app.alumni.feedback.FeedbackDtos.FeedbackChange;
import app.alumni.feedback.FeedbackDtos.FeedbackView;
import app.alumni.feedback.FeedbackDtos.NewFeedback;
import app.alumni.member.IntegrationEvent;
import app.alumni.member.Integrations;
import app.alumni.member.Notice;
import app.alumni.member.NoticeType;
import app.alumni.member.Notices;
import app.alumni.member.Recipients;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Feedback: members write, HR moves it along and replies. */
@ApplicationScoped
class FeedbackService {

    private final Notices notices;
    private final Integrations integrations;
    private final Clock clock;

    FeedbackService(Notices notices, Integrations integrations, Clock clock) {
        this.integrations = integrations;
        this.notices = notices;
        this.clock = clock;
    }

        @Transactional
        Feedback create(UUID authorId, NewFeedback request) {
            Feedback f = new Feedback();
            f.authorId = authorId;
            f.category = request.category();
            f.message = request.message().strip();
            f.status = Feedback.Status.NEW;
            f.createdAt = Times.now(clock);
            f.updatedAt = f.createdAt;
            f.persist();
            integrations.publish(IntegrationEvent.FEEDBACK_SUBMITTED, Map.of("feedbackId", f.id.toString(), "category", f.category.name()));
            return f;
        }

        @Transactional
        Page<FeedbackView> list(UUID caller, boolean hr, Feedback.Status status, Feedback.Category category, ChangesSince changes,
                int limit, String cursor) {
            ReadOnly.reads(Feedback.getEntityManager());
            StringBuilder where = new StringBuilder(hr ? "true = true" : "authorId = :author");
            Map<String, Object> params = new LinkedHashMap<>();
            if (!hr) {
                params.put("author", caller);
            }
            if (status != null) {
                where.append(" and status = :status");
                params.put("status", status);
            }
            if (category != null) {
                where.append(" and category = :category");
                params.put("category", category);
            }
            if (changes.requested()) {
                changes.appendTo(cursor, where, params);
                List<Feedback> rows = Feedback.<Feedback>find(where + ChangesSince.ORDER, params).page(0, limit + 1).list();
                return Page.of(rows, limit, FeedbackView::of, f -> Cursor.encode(f.updatedAt, f.id));
            }
            Keyset.after(cursor, "createdAt", "id", true, where, params);
            PanacheQuery<Feedback> query = Feedback.find(where + " order by createdAt desc, id desc", params);
            List<Feedback> rows = query.page(0, limit + 1).list();
            return Page.of(rows, limit, FeedbackView::of, f -> Cursor.encode(f.createdAt, f.id));
        }

        @Transactional
        Feedback get(UUID id, UUID caller, boolean hr) {
            Feedback f = Feedback.findById(id);
            if (f == null || (!hr && !f.authorId.equals(caller))) {
                throw ProblemException.notFound();
            }
            return f;
        }

        @Transactional
        Feedback change(UUID id, UUID hrId, FeedbackChange change, String ifMatch) {
            Feedback f = Feedback.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (f == null) {
                throw ProblemException.notFound();
            }
            ETags.check(ifMatch, f.version);
            if (change.status() == null && change.reply() == null) {
                throw ProblemException.invalid("status", "validation.status-or-reply");
            }
            if (change.status() != null && change.status() != f.status) {
                if (!f.status.next().contains(change.status())) {
                    throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.feedback", f.status.name(), change.status()
                            .name());
                }
                f.status = change.status();
            }
            if (change.reply() != null) {
                String before = f.reply;
                f.reply = change.reply().isBlank() ? null : change.reply().strip();
                f.repliedBy = hrId;
                if (f.reply != null && !f.reply.equals(before)) {
                    notices.fire(new Notice(NoticeType.FEEDBACK_REPLIED, hrId, f.asSubject(), Recipients.member(f.authorId)));
                }
            }
            f.updatedAt = Times.now(clock);
            Feedback.getEntityManager().flush();
            return f;
        }
    }
