package app.alumni.moderation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.alumni.common.ReportableContent;

/** Request and response bodies of moderation. */
final class ModerationViews {

    private ModerationViews() {
    }

    @Schema(name = "NewReport", description = "Why the item should be looked at.")
    record NewReport(
            @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000, example = "個人の連絡先が書かれています。") String reason) {
    }

    @Schema(name = "Resolution", description = "What a moderator decides: `HIDE` the item (with the reason its author sees) or `DISMISS` "
            + "the report.")
    record Resolution(
            @NotNull @Schema(required = true) ContentReport.Action action,
            @Size(max = 1000) @Schema(maxLength = 1000, nullable = true, description = "Shown to the author of a hidden item; defaults "
                    + "to the report's reason.", example = "個人情報が含まれていたため非表示にしました。") String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Report", description = "A report as moderators review it.")
    record ReportView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            ContentReport.TargetType targetType,
            @Schema(format = "uuid", maxLength = 36) UUID targetId,
            @Schema(format = "uuid", maxLength = 36, nullable = true, description = "The post (itself, or the one the comment "
                    + "belongs to); absent for a message.") UUID postId,
            @Schema(maxLength = 200, description = "The start of the reported text.") String excerpt,
            @Schema(maxItems = 5, nullable = true, description = "A reported message: it and the messages just before and after it "
                    + "(two each way), all moderators see of the private conversation. Absent for posts and comments.")
            List<ContextMessage> context,
            @Schema(description = "Whether the item is hidden now.") boolean hidden,
            @Schema(maxLength = 1000) String reason,
            @Schema(format = "uuid", maxLength = 36) UUID reporterId,
            ContentReport.Status status,
            @Schema(nullable = true) ContentReport.Action action,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime createdAt,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime resolvedAt) {
    }

    @Schema(name = "ReportContextMessage", description = "A message around a reported one, oldest first.")
    record ContextMessage(
            @Schema(format = "uuid", maxLength = 36, required = true) UUID id,
            @Schema(format = "uuid", maxLength = 36, nullable = true, description = "Absent for a former member.") UUID authorId,
            @Schema(maxLength = 5000, required = true, description = "Empty when its author deleted it.") String text,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime createdAt,
            @Schema(required = true, description = "Whether this is the reported message.") boolean reported) {

        static ContextMessage of(ReportableContent.ContextLine line) {
            return new ContextMessage(line.id(), line.authorId(), line.text(), line.createdAt(), line.reported());
        }
    }
}
