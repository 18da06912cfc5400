package app.alumni.survey;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
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
    public UUID surveyId;
    public int position;
    @Enumerated(EnumType.STRING)
    public Type type;
    public String prompt;
    public boolean required;
    public Integer minSelections;
    public Integer maxSelections;
    public Integer maxLength;
    public String scaleMinLabel;
    public String scaleMaxLabel;
}
