package app.alumni.survey;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.alumni.survey.SurveyDtos.AnswerInput;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One question's answer within a response: chosen options, a value (scale, NPS) or a text. */
@Entity
@IdClass(SurveyAnswer.Key.class)
class SurveyAnswer extends PanacheEntityBase {

    record Key(UUID responseId, UUID questionId) implements Serializable {
    }

    @Id
    UUID responseId;
    @Id
    UUID questionId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    List<UUID> optionIds;
    Integer value;
    String text;

    static SurveyAnswer of(SurveyResponse response, AnswerInput input) {
        SurveyAnswer a = new SurveyAnswer();
        a.responseId = response.id;
        a.questionId = input.questionId();
        a.optionIds = input.optionIds() == null ? null : List.copyOf(input.optionIds());
        a.value = input.value();
        a.text = input.text();
        return a;
    }
}
