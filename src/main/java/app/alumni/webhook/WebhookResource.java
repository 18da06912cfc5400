package app.alumni.webhook;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import app.alumni.common.AuditTrail;
import app.alumni.common.Audited;
import app.alumni.common.HttpNames;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.common.Responses;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.member.Scopes;
import app.alumni.webhook.WebhookViews.DeliveryView;
import app.alumni.webhook.WebhookViews.WebhookInput;
import app.alumni.webhook.WebhookViews.WebhookView;
import app.alumni.webhook.WebhookViews.WebhookWithSecret;

@Path("/api/v1/admin/webhooks")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.Names.HR_ADMIN, Scopes.WEBHOOKS_MANAGE })
public class WebhookResource {

    private static final String WEBHOOK_ID = "Webhook id.";

    private final Webhooks webhooks;
    private final Caller caller;

    private final AuditTrail trail;

    WebhookResource(Webhooks webhooks, Caller caller, AuditTrail trail) {
        this.trail = trail;
        this.webhooks = webhooks;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(action = "webhook.create", target = "webhook", targetParam = "")
    @Operation(operationId = "createWebhook", summary = "Subscribe an endpoint",
            description = "HR admins and API clients with `webhooks:manage`. Events of the chosen types are POSTed to the URL after the "
                    + "change commits, signed per Standard Webhooks with the `secret` in the answer (shown this once). The URL must be "
                    + "`https` on a public address (400 otherwise). At most 50 endpoints (409).")
    @APIResponseSchema(value = WebhookWithSecret.class, responseCode = "201", responseDescription = "Subscribed; store the secret now.")
    public RestResponse<WebhookWithSecret> create(@Valid @NotNull WebhookInput input) {
        WebhookWithSecret created = webhooks.create(caller, input);
        trail.target(created.webhook().id());
        return Responses.created("/api/v1/admin/webhooks/" + created.webhook().id(), created);
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "Webhook endpoints", description = "Oldest first, disabled ones included.")
    @APIResponse(responseCode = "200", description = "One page of endpoints.")
    public Page<WebhookView> list(@Valid @BeanParam PageRequest page) {
        return webhooks.list(page.limit(), page.cursor());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "A webhook endpoint", description = "Never its secret.")
    @APIResponse(responseCode = "200", description = "The endpoint.")
    public RestResponse<WebhookView> get(@Parameter(description = WEBHOOK_ID) @PathParam("id") UUID id) {
        WebhookEndpoint e = webhooks.get(id);
        return Responses.ok(WebhookView.of(e), e.version);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, HttpNames.MERGE_PATCH_JSON })
    @Audited(action = "webhook.change", target = "webhook")
    @Operation(operationId = "patchWebhook", summary = "Change a webhook endpoint",
            description = "JSON merge patch of `url`, `events`, `description` and `active`, with `If-Match` (412 when stale). Turning a "
                    + "disabled endpoint back on clears `disabledAt` and resumes its pending deliveries.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookInput.class)))
    @APIResponse(responseCode = "200", description = "The endpoint after the change.")
    public RestResponse<WebhookView> patch(@Parameter(description = WEBHOOK_ID) @PathParam("id") UUID id,
            @HeaderParam(HttpNames.IF_MATCH) String ifMatch, JsonNode patch) {
        WebhookEndpoint e = webhooks.edit(caller, id, patch, ifMatch);
        return Responses.ok(WebhookView.of(e), e.version);
    }

    @DELETE
    @Path("/{id}")
    @Audited(action = "webhook.delete", target = "webhook")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook endpoint",
            description = "Nothing more is sent to it; its delivery log goes with it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@Parameter(description = WEBHOOK_ID) @PathParam("id") UUID id) {
        webhooks.delete(id);
    }

    @POST
    @Path("/{id}/secret")
    @Audited(action = "webhook.rotate-secret", target = "webhook")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate a webhook's secret",
            description = "A new secret, shown this once. For 24 hours deliveries carry two signatures (new and old) in "
                    + "`webhook-signature`, so the receiver can switch without missing any.")
    @APIResponse(responseCode = "200", description = "The endpoint with its new secret.")
    public WebhookWithSecret rotate(@Parameter(description = WEBHOOK_ID) @PathParam("id") UUID id) {
        return webhooks.rotate(id);
    }

    @POST
    @Path("/{id}/ping")
    @Operation(operationId = "pingWebhook", summary = "Send a test event",
            description = "A `webhook.ping` event to this endpoint alone (even while it is inactive), delivered like any other: follow "
                    + "it in the delivery log.")
    @APIResponse(responseCode = "202", description = "Queued; the delivery as it starts.")
    public RestResponse<DeliveryView> ping(@Parameter(description = WEBHOOK_ID) @PathParam("id") UUID id) {
        return RestResponse.status(RestResponse.Status.ACCEPTED, webhooks.ping(id));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A webhook's delivery log",
            description = "Newest first: each event with its attempts, the last response code and duration, and the next attempt.")
    @APIResponse(responseCode = "200", description = "One page of deliveries.")
    public Page<DeliveryView> deliveries(@Parameter(description = WEBHOOK_ID) @PathParam("id") UUID id,
            @Parameter(description = "Only this status.") @QueryParam("status") WebhookDelivery.Status status,
            @Valid @BeanParam PageRequest page) {
        return webhooks.deliveries(id, status, page.limit(), page.cursor());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again",
            description = "At once, with the whole retry schedule ahead; a delivery still being tried is 409.")
    @APIResponse(responseCode = "202", description = "Queued again.")
    public RestResponse<DeliveryView> redeliver(@Parameter(description = WEBHOOK_ID) @PathParam("id") UUID id,
            @Parameter(description = "Delivery id.") @PathParam("deliveryId") UUID deliveryId) {
        return RestResponse.status(RestResponse.Status.ACCEPTED, webhooks.redeliver(id, deliveryId));
    }
}
