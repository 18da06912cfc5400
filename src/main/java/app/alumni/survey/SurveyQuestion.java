package app.alumni.survey;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "survey_question")
public class SurveyQuestion extends PanacheEntityBase {

    @Schema(name = "QuestionType", description = "The kind of a survey question.")
    public enum Type {
        SINGLE_CHOICE,
        MULTIPLE_CHOICE,
        SCALE,
        NPS,
        TEXT;

        boolean isChoice() {
            return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
        }

        int low() {
            return this == NPS ? 0 : 1;
        }

        int high() {
            return this == NPS ? 10 : 5;
        }
    }

    @Id
    public UUID id;
    @Column(name = "survey_id")
    public UUID surveyId;
    public int position;
    @Enumerated(EnumType.STRING)
    public Type type;
    public String prompt;
    public boolean required;
    @Column(name = "min_selections")
    public Integer minSelections;
    @Column(name = "max_selections")
    public Integer maxSelections;
    @Column(name = "max_length")
    public Integer maxLength;
    @Column(name = "scale_min_label")
    public String scaleMinLabel;
    @Column(name = "scale_max_label")
    public String scaleMaxLabel;
}
