package app.alumni.member;

import java.util.List;
import java.util.Map;

/**
 * Something happened that HR's systems may subscribe to (by webhook): fired by the feature where it happened, in the
 * transaction of the change, so that it is recorded exactly when the change commits. {@code data} holds ids and the
 * few fields a receiver needs to decide whether to fetch more, never personal data.
 */
public record IntegrationEvent(String type, Map<String, Object> data) {

    public static final String MEMBER_REGISTERED = "member.registered";
    public static final String MEMBER_APPROVED = "member.approved";
    public static final String MEMBER_REJECTED = "member.rejected";
    public static final String MEMBER_STATUS_CHANGED = "member.status_changed";
    public static final String APPLICATION_SUBMITTED = "application.submitted";
    public static final String APPLICATION_STATUS_CHANGED = "application.status_changed";
    public static final String REHIRE_INTEREST_CHANGED = "rehire_interest.changed";
    public static final String JOB_PUBLISHED = "job.published";
    public static final String JOB_CLOSED = "job.closed";
    public static final String EVENT_PUBLISHED = "event.published";
    public static final String EVENT_CANCELLED = "event.cancelled";
    public static final String FEEDBACK_SUBMITTED = "feedback.submitted";
    public static final String SURVEY_CLOSED = "survey.closed";
    public static final String WEBHOOK_PING = "webhook.ping";

    /** Each type, with the scope a client needs to subscribe to it (it carries ids of what that scope reads). */
    public static final Map<String, String> SCOPE_OF_TYPE = Map.ofEntries(
            Map.entry(MEMBER_REGISTERED, Scopes.MEMBERS_READ),
            Map.entry(MEMBER_APPROVED, Scopes.MEMBERS_READ),
            Map.entry(MEMBER_REJECTED, Scopes.MEMBERS_READ),
            Map.entry(MEMBER_STATUS_CHANGED, Scopes.MEMBERS_READ),
            Map.entry(APPLICATION_SUBMITTED, Scopes.APPLICATIONS_READ),
            Map.entry(APPLICATION_STATUS_CHANGED, Scopes.APPLICATIONS_READ),
            Map.entry(REHIRE_INTEREST_CHANGED, Scopes.MEMBERS_READ),
            Map.entry(JOB_PUBLISHED, Scopes.JOBS_READ),
            Map.entry(JOB_CLOSED, Scopes.JOBS_READ),
            Map.entry(EVENT_PUBLISHED, Scopes.EVENTS_READ),
            Map.entry(EVENT_CANCELLED, Scopes.EVENTS_READ),
            Map.entry(FEEDBACK_SUBMITTED, Scopes.FEEDBACK_READ),
            Map.entry(SURVEY_CLOSED, Scopes.SURVEYS_READ),
            Map.entry(WEBHOOK_PING, Scopes.WEBHOOKS_MANAGE));

    /** The types an endpoint may subscribe to, in the documentation's order ({@code webhook.ping} is sent on request). */
    public static final List<String> SUBSCRIBABLE = List.of(MEMBER_REGISTERED, MEMBER_APPROVED, MEMBER_REJECTED, MEMBER_STATUS_CHANGED,
            APPLICATION_SUBMITTED, APPLICATION_STATUS_CHANGED, REHIRE_INTEREST_CHANGED, JOB_PUBLISHED, JOB_CLOSED, EVENT_PUBLISHED,
            EVENT_CANCELLED, FEEDBACK_SUBMITTED, SURVEY_CLOSED);
}
