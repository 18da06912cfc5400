package app.alumni.member;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** HR's record of an erasure, as HR sees it. */
@Schema(name = "Erasure", description = "An erased account: who asked, why (when HR carried it out), what became of the member's posts "
        + "and comments, and when.")
public record ErasureRecord(
        @Schema(format = "uuid", maxLength = 36, required = true) UUID memberId,
        @Schema(description = "The member themself, or the HR admin who carried out their request.", format = "uuid", maxLength = 36,
                nullable = true) UUID requestedBy,
        @Schema(maxLength = 1000, nullable = true, example = "本人からの削除依頼（2026-11-20 受付）") String reason,
        @Schema(nullable = true) ErasedContent content,
        @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime erasedAt) {

    static ErasureRecord of(Erasure e) {
        return new ErasureRecord(e.memberId, e.requestedBy, e.reason, e.content, e.erasedAt);
    }
}
