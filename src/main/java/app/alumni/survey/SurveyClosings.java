package app.alumni.survey;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import app.alumni.common.SkipLocked;
import app.alumni.common.Times;
import app.alumni.member.IntegrationEvent;
import app.alumni.member.Integrations;
import io.quarkus.scheduler.Scheduled;

/**
 * A survey closes by itself at {@code closesAt}; HR's systems are told ({@code survey.closed}) once, whichever instance
 * gets there first (the survey is claimed {@code SKIP LOCKED} and marked in the same transaction). Surveys closed by
 * hand are announced when they are closed.
 */
@ApplicationScoped
class SurveyClosings {

    private static final String DUE = "status = ?1 and closingAnnouncedAt is null and closesAt <= ?2 order by closesAt, id";

    private final Integrations integrations;
    private final Clock clock;

    SurveyClosings(Integrations integrations, Clock clock) {
        this.integrations = integrations;
        this.clock = clock;
    }

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        announceDue();
    }

    /** Announces every survey that closed by itself; returns how many. */
    int announceDue() {
        return SkipLocked.workOff(() -> Survey.<Survey>find(DUE,
                Survey.Status.OPEN, Times.now(clock)), s -> {
                    // Not an edit (the version, its ETag, stays), but a change HR's systems sync (updatedAt).
                    OffsetDateTime now = Times.now(clock);
                    Survey.update("closingAnnouncedAt = ?1, updatedAt = ?1 where id = ?2", now, s.id);
                    integrations.publish(IntegrationEvent.SURVEY_CLOSED, Map.of("surveyId", s.id.toString()));
                });
    }
}
