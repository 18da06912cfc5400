package app.alumni.survey;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Who responded to a survey, and on which day: stored apart from what was answered ({@link SurveyResponse}), so an
 * anonymous survey's answers cannot be tied to a person. The primary key allows one response per member, whatever
 * the concurrency.
 */
@Entity
@IdClass(SurveyParticipation.Key.class)
class SurveyParticipation extends PanacheEntityBase {

    record Key(UUID surveyId, UUID memberId) implements Serializable {
    }

    @Id
    UUID surveyId;
    @Id
    UUID memberId;
    LocalDate respondedOn;

    static SurveyParticipation of(UUID surveyId, UUID memberId, LocalDate day) {
        SurveyParticipation p = new SurveyParticipation();
        p.surveyId = surveyId;
        p.memberId = memberId;
        p.respondedOn = day;
        return p;
    }

    /** Which of these surveys the member has responded to, in one statement. */
    static Set<UUID> respondedBy(UUID memberId, Collection<UUID> surveyIds) {
        return new HashSet<>(getEntityManager()
                .createQuery("select p.surveyId from SurveyParticipation p where p.memberId = :m and p.surveyId in :ids", UUID.class)
                .setParameter("m", memberId).setParameter("ids", Set.copyOf(surveyIds)).getResultList());
    }
}
