package app.alumni.survey;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What was answered, as one response: member and time only when the survey is not anonymous. */
@Entity
class SurveyResponse extends PanacheEntityBase {

    @Id
    UUID id;
    UUID surveyId;
    UUID memberId;
    OffsetDateTime submittedAt;

    static SurveyResponse of(Survey survey, UUID memberId, OffsetDateTime now) {
        SurveyResponse r = new SurveyResponse();
        r.id = UUID.randomUUID();
        r.surveyId = survey.id;
        r.memberId = survey.anonymous ? null : memberId;
        r.submittedAt = survey.anonymous ? null : now;
        return r;
    }

    static int countFor(UUID surveyId) {
        return (int) count("surveyId", surveyId);
    }
}
