package app.alumni.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.common.OpenApiFilter;
import app.alumni.member.Actor;

/** Request and response bodies of webhooks. */
final class WebhookViews {

    static final String TYPES = "`member.registered`, `member.approved`, `member.rejected`, `member.status_changed`, "
            + "`application.submitted`, `application.status_changed`, `rehire_interest.changed`, `job.published`, `job.closed`, "
            + "`event.published`, `event.cancelled`, `feedback.submitted`, `survey.closed`";

    private WebhookViews() {
    }

    @Schema(name = "WebhookInput", description = "An endpoint and what it subscribes to. In a merge patch, every field is optional.")
    record WebhookInput(
            @NotBlank @Size(max = 2000)
            @Schema(description = "Where events are POSTed: `https`, on a public address.", format = "uri", maxLength = 2000,
                    required = true,
                    example = "https://ats.example.co.jp/hooks/alumni") String url,
            @NotEmpty @Size(max = 20)
            @Schema(description = "Event types, of " + TYPES + ". An API client may subscribe only to types whose data its scopes "
                    + "read (`member.*` and `rehire_interest.changed`: `members:read`; `application.*`: `applications:read`; "
                    + "`job.*`: `jobs:read`; `event.*`: `events:read`; `feedback.submitted`: `feedback:read`; `survey.closed`: "
                    + "`surveys:read`).", required = true, maxItems = 20, uniqueItems = true,
                    example = "[\"application.submitted\", \"application.status_changed\"]")
            List<@NotBlank @Size(max = 40) String> events,
            @Size(max = 500)
            @Schema(maxLength = 500, nullable = true, example = "採用管理システムへの連携") String description,
            @NotNull
            @Schema(description = "Whether events are sent; turning an endpoint disabled for failures back on resumes its pending "
                    + "deliveries.", required = true, example = "true") Boolean active) {
    }

    @Schema(name = "Webhook", extensions = @Extension(name = OpenApiFilter.VERSIONED, value = "true"),
            description = "An endpoint. Its secret is shown only when it is created or rotated.")
    record WebhookView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(format = "uri", maxLength = 2000, example = "https://ats.example.co.jp/hooks/alumni") String url,
            @Schema(maxItems = 20, example = "[\"application.submitted\"]") List<@Size(max = 40) String> events,
            @Schema(maxLength = 500, nullable = true) String description,
            boolean active,
            @Schema(description = "When it was turned off because its deliveries kept failing.", format = "date-time", maxLength = 35,
                    nullable = true) OffsetDateTime disabledAt,
            @Schema(maxLength = 300, nullable = true) String disabledReason,
            @Schema(description = "Until when the previous secret signs too, after a rotation.", format = "date-time", maxLength = 35,
                    nullable = true) OffsetDateTime previousSecretExpiresAt,
            Actor createdBy,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime createdAt,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime updatedAt) {

        static WebhookView of(WebhookEndpoint e) {
            return new WebhookView(e.id, e.url, List.copyOf(e.events), e.description, e.active, e.disabledAt, e.disabledReason,
                    e.previousSecretUntil, Actor.of(e.createdBy, e.createdByClient), e.createdAt, e.updatedAt);
        }
    }

    @Schema(name = "WebhookWithSecret", description = "An endpoint with its signing secret: store it now, it is never shown again.")
    record WebhookWithSecret(
            @Schema(description = "Signs every delivery (Standard Webhooks): `whsec_` and the key in base64.", maxLength = 60,
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
            WebhookView webhook) {
    }

    @Schema(name = "WebhookDelivery", description = "One event for one endpoint, with its last attempt.")
    record DeliveryView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(description = "The event's id: the `webhook-id` header and the body's `id`.", format = "uuid", maxLength = 36)
            UUID eventId,
            @Schema(maxLength = 40, example = "application.submitted") String type,
            WebhookDelivery.Status status,
            @Schema(minimum = "0", maximum = "100") int attempts,
            @Schema(description = "The receiver's HTTP status at the last attempt; null when none came (timeout, refused connection).",
                    minimum = "100", maximum = "599", nullable = true) Integer lastStatusCode,
            @Schema(minimum = "0", maximum = "600000", nullable = true) Integer lastDurationMs,
            @Schema(maxLength = 300, nullable = true) String lastError,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime lastAttemptAt,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime nextAttemptAt,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime deliveredAt,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime createdAt) {

        static DeliveryView of(WebhookDelivery d, String type) {
            return new DeliveryView(d.id, d.eventId, type, d.status, d.attempts, d.lastStatusCode, d.lastDurationMs, d.lastError,
                    d.lastAttemptAt, d.nextAttemptAt, d.deliveredAt, d.createdAt);
        }
    }
}
