package app.alumni.export;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What members see of their exports, and the document itself. */
final class ExportViews {

    private ExportViews() {
    }

    @Schema(name = "ExportStatus", description = "`PENDING` while it is produced (in the background, usually within seconds), `READY` to "
            + "download, `FAILED` when it could not be produced (ask again), `EXPIRED` once its download period has passed.")
    enum ExportStatus {
        PENDING,
        READY,
        FAILED,
        EXPIRED
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Export", description = "A personal-data export and, once ready, where to download it (with the member's token).")
    record ExportView(
            @Schema(format = "uuid", maxLength = 36, required = true) UUID id,
            @Schema(required = true) ExportStatus status,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime requestedAt,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime readyAt,
            @Schema(description = "Until when it can be downloaded.", format = "date-time", maxLength = 35, nullable = true)
            OffsetDateTime expiresAt,
            @Schema(description = "Size of the document in bytes.", minimum = "0", maximum = "9007199254740991", format = "int64",
                    nullable = true) Long sizeBytes,
            @Schema(description = "Present when `READY`: GET it with the member's access token.", format = "uri", maxLength = 500,
                    nullable = true,
                    example = "https://alumni.example.com/api/v1/members/me/exports/0b6f3c1e-8f9a-4a7e-9c35-5d8d2b1f7a10/download")
            String downloadUrl) {

        static ExportView of(MemberExport e, String downloadUrl) {
            return new ExportView(e.id, ExportStatus.valueOf(e.status.name()), e.requestedAt, e.readyAt, e.expiresAt, e.sizeBytes,
                    e.status == MemberExport.Status.READY ? downloadUrl : null);
        }
    }

    @Schema(name = "PersonalDataExport", description = "Everything the community keeps of the member, one key of `data` per kind (see "
            + "README, \"Personal data we keep\"): `profile`, `consents`, `blocks`, `signIns`, `posts`, `comments`, `reactions`, "
            + "`reports`, `eventAnswers`, `applications` (with `history`), `rehirePreferences`, `jobReferrals`, `listings`, "
            + "`surveysTaken`, `surveyResponses`, `feedback`, `notifications`, `notificationPreferences`, `invitations`, `messages`.")
    record ExportDocument(
            @Schema(description = "The version of this format; it grows when a kind is added.", minimum = "1", maximum = "1000",
                    format = "int32", required = true) int formatVersion,
            @Schema(format = "uuid", maxLength = 36, required = true) UUID exportId,
            @Schema(format = "uuid", maxLength = 36, required = true) UUID memberId,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime generatedAt,
            @Schema(description = "Each kind of data: a list of records, an object, or null when there is none.", required = true)
            Map<String, Object> data) {
    }
}
