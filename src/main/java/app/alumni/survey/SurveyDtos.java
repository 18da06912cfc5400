package app.alumni.survey;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.alumni.common.OpenApiFilter;

/** Request and response bodies of surveys. */
final class SurveyDtos {

    private SurveyDtos() {
    }

    @Schema(name = "QuestionInput", description = "Options as labels for choice questions; SCALE is 1–5 with optional end labels; NPS is "
            + "0–10; TEXT has a maximum length (default 1000).")
    record QuestionInput(
            @NotNull @Schema(required = true) SurveyQuestion.Type type,
            @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000, example = "現在の働き方に満足していますか?") String prompt,
            @Schema(description = "Default false.") boolean required,
            @Size(max = 20) @Schema(maxItems = 20, example = "[\"とても満足\", \"満足\", \"不満\"]") List<@NotBlank @Size(max = 200) String> options,
            @Min(0) @Max(20) @Schema(nullable = true, minimum = "0", maximum = "20", format = "int32") Integer minSelections,
            @Min(1) @Max(20) @Schema(nullable = true, minimum = "1", maximum = "20", format = "int32") Integer maxSelections,
            @Min(1) @Max(5000) @Schema(nullable = true, minimum = "1", maximum = "5000", format = "int32") Integer maxLength,
            @Size(max = 100) @Schema(maxLength = 100, nullable = true, example = "まったく思わない") String scaleMinLabel,
            @Size(max = 100) @Schema(maxLength = 100, nullable = true, example = "とてもそう思う") String scaleMaxLabel) {
    }

    @Schema(name = "SurveyInput", description = "A survey. Its questions cannot change once a response exists.")
    record SurveyInput(
            @NotBlank @Size(max = 200) @Schema(maxLength = 200, example = "アルムナイ近況アンケート 2026") String title,
            @Size(max = 5000) @Schema(maxLength = 5000, nullable = true) String description,
            @Schema(description = "Anonymous answers cannot be linked to their respondents by anyone, HR included.") boolean anonymous,
            @NotNull Survey.Audience audience,
            @NotNull @Schema(format = "date-time", maxLength = 35) OffsetDateTime opensAt,
            @NotNull @Schema(format = "date-time", maxLength = 35) OffsetDateTime closesAt,
            @NotNull @Size(min = 1, max = 50) @Schema(minItems = 1, maxItems = 50) List<@Valid QuestionInput> questions,
            @Schema(description = "DRAFT or OPEN when creating (default DRAFT); CLOSED to close early.") Survey.Status status) {
    }

    @Schema(name = "SurveyOption")
    record OptionView(@Schema(format = "uuid", maxLength = 36) UUID id, @Schema(maxLength = 200) String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SurveyQuestion")
    record QuestionView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(minimum = "1", maximum = "50", format = "int32") int position,
            SurveyQuestion.Type type,
            @Schema(maxLength = 1000) String prompt,
            boolean required,
            @Schema(maxItems = 20) List<OptionView> options,
            @Schema(nullable = true, minimum = "0", maximum = "20", format = "int32") Integer minSelections,
            @Schema(nullable = true, minimum = "1", maximum = "20", format = "int32") Integer maxSelections,
            @Schema(nullable = true, minimum = "1", maximum = "5000", format = "int32") Integer maxLength,
            @Schema(maxLength = 100, nullable = true) String scaleMinLabel,
            @Schema(maxLength = 100, nullable = true) String scaleMaxLabel) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Survey", extensions = @Extension(name = OpenApiFilter.VERSIONED, value = "true"))
    record SurveyView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(maxLength = 200) String title,
            @Schema(maxLength = 5000) String description,
            boolean anonymous,
            Survey.Audience audience,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime opensAt,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime closesAt,
            @Schema(description = "CLOSED also once `closesAt` has passed.") Survey.Status status,
            @Schema(maxItems = 50) List<QuestionView> questions,
            @Schema(description = "Whether the caller has responded.") boolean responded) {
    }

    @Schema(name = "Answer", description = "`optionIds` for choice questions, `value` for SCALE (1–5) and NPS (0–10), `text` for TEXT.")
    record AnswerInput(
            @NotNull @Schema(required = true, format = "uuid", maxLength = 36) UUID questionId,
            @Size(max = 20) @Schema(maxItems = 20, nullable = true) List<@NotNull UUID> optionIds,
            @Schema(nullable = true, minimum = "0", maximum = "10", format = "int32") Integer value,
            @Size(max = 5000) @Schema(maxLength = 5000, nullable = true) String text) {
    }

    @Schema(name = "SubmittedResponse", description = "One response to a survey that is not anonymous, as HR's systems sync it.")
    record SubmittedResponse(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(description = "The member who responded; absent when they have since deleted their account.", format = "uuid",
                    maxLength = 36, nullable = true) UUID respondentId,
            @Schema(description = "When it was submitted; responses never change, so this is also when it changed.", format = "date-time",
                    maxLength = 35) OffsetDateTime submittedAt,
            @Schema(maxItems = 50) List<AnswerInput> answers) {
    }

    @Schema(name = "SurveyResponse")
    record ResponseInput(@NotNull @Size(max = 50) @Schema(required = true, maxItems = 50) List<@Valid AnswerInput> answers) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OptionResult")
    record OptionResult(@Schema(format = "uuid", maxLength = 36) UUID optionId, @Schema(maxLength = 200) String label,
            @Schema(minimum = "0", maximum = "2147483647", format = "int32") int count,
            @Schema(minimum = "0", maximum = "100", description = "Of the responses that answered the question.") double percent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TextAnswer")
    record TextAnswer(@Schema(maxLength = 5000) String text,
            @Schema(format = "uuid", maxLength = 36, nullable = true,
                    description = "Only for surveys that are not anonymous.") UUID respondentId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "QuestionResult", description = "For anonymous surveys, a question answered fewer than 5 times shows no breakdown "
            + "(`hidden`).")
    record QuestionResult(
            @Schema(format = "uuid", maxLength = 36) UUID questionId,
            @Schema(maxLength = 1000) String prompt,
            SurveyQuestion.Type type,
            @Schema(minimum = "0", maximum = "2147483647", format = "int32") int answered,
            boolean hidden,
            @Schema(maxItems = 20, nullable = true) List<OptionResult> options,
            @Schema(nullable = true, minimum = "0", maximum = "10") Double mean,
            @Schema(nullable = true, maxItems = 11,
                    description = "How many answered each value, lowest first.") List<ValueCount> distribution,
            @Schema(nullable = true, minimum = "-100", maximum = "100",
                    description = "% promoters (9–10) minus % detractors (0–6).") Double nps,
            @Schema(maxItems = 100000, nullable = true) List<TextAnswer> texts) {
    }

    @Schema(name = "ValueCount")
    record ValueCount(@Schema(minimum = "0", maximum = "10", format = "int32") int value,
            @Schema(minimum = "0", maximum = "2147483647", format = "int32") int count) {
    }

    @Schema(name = "SurveyResults")
    record Results(
            @Schema(format = "uuid", maxLength = 36) UUID surveyId,
            @Schema(minimum = "0", maximum = "2147483647", format = "int32") int responseCount,
            @Schema(minimum = "0", maximum = "2147483647", format = "int32",
                    description = "Active members in the audience now.") int audienceSize,
            @Schema(minimum = "0", maximum = "100", description = "Percent of the audience that responded.") double responseRate,
            @Schema(maxItems = 50) List<QuestionResult> questions) {
    }
}
