package app.alumni.feedback;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.common.OpenApiFilter;

/** Request and response bodies of the feedback box. */
final class FeedbackDtos {

    private FeedbackDtos() {
    }

    @Schema(name = "NewFeedback")
    record NewFeedback(
            @NotNull @Schema(required = true) Feedback.Category category,
            @NotBlank @Size(max = 5000) @Schema(required = true, maxLength = 5000, example = "オンラインのもくもく会を定期開催してほしいです。") String message) {
    }

    @Schema(name = "FeedbackChange", description = "HR's move of the status and/or public reply.")
    record FeedbackChange(
            @Schema(nullable = true) Feedback.Status status,
            @Size(max = 5000) @Schema(maxLength = 5000, nullable = true, description = "Shown to the member who wrote the feedback.",
                    example = "ありがとうございます。来月から月1回開催します。") String reply) {
    }

    @Schema(name = "Feedback", extensions = @Extension(name = OpenApiFilter.VERSIONED, value = "true"))
    record FeedbackView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(format = "uuid", maxLength = 36) UUID authorId,
            Feedback.Category category,
            @Schema(maxLength = 5000) String message,
            Feedback.Status status,
            @Schema(maxLength = 5000, nullable = true) String reply,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime createdAt,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime updatedAt) {

        static FeedbackView of(Feedback f) {
            return new FeedbackView(f.id, f.authorId, f.category, f.message, f.status, f.reply, f.createdAt, f.updatedAt);
        }
    }
}
