package app.alumni.survey;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What was answered, as one response: member and time only when the survey is not anonymous. */
@Entity
@Table(name = "survey_response")
class SurveyResponse extends PanacheEntityBase {

    @Id
    UUID id;
    @Column(name = "survey_id")
    UUID surveyId;
    @Column(name = "member_id")
    UUID memberId;
    @Column(name = "submitted_at")
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
