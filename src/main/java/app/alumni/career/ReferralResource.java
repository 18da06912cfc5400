package app.alumni.career;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import app.alumni.career.ReferralViews.ReferralPatch;
import app.alumni.career.ReferralViews.ReferralView;
import app.alumni.common.Audited;
import app.alumni.common.HttpNames;
import app.alumni.common.Responses;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.member.Scopes;

/** One referral: its referrer follows it, HR moves it along. */
@Path("/api/v1/referrals/{id}")
@Tag(name = "Careers")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final ReferralService referrals;
    private final Caller caller;

    ReferralResource(ReferralService referrals, Caller caller) {
        this.referrals = referrals;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.APPLICATIONS_READ })
    @Audited(action = "referral.read", target = "referral", read = true)
    @Operation(operationId = "getReferral", summary = "A referral",
            description = "Its referrer (without HR's note) or HR; 404 for anyone else.")
    @APIResponse(responseCode = "200", description = "The referral, with its `ETag`.")
    public RestResponse<ReferralView> get(@Parameter(description = "Referral id.") @PathParam("id") UUID id) {
        ReferralService.Versioned r = referrals.get(id, caller);
        return Responses.ok(r.view(), r.version());
    }

    @PATCH
    @Consumes({ MediaType.APPLICATION_JSON, HttpNames.MERGE_PATCH_JSON })
    @RolesAllowed({ Role.Names.HR_ADMIN, Scopes.APPLICATIONS_WRITE })
    @Audited(action = "referral.change", target = "referral")
    @Operation(operationId = "changeReferral", summary = "Move a referral along",
            description = "HR admins. SUBMITTED → CONTACTED → INTERVIEWING → HIRED, or NOT_HIRED from any open state (any other move "
                    + "is 409), and `hrNote`, which the referrer never sees. The referrer is notified of a new status. With `If-Match`, "
                    + "a stale change is 412.")
    @APIResponse(responseCode = "200", description = "The referral after the change.")
    public RestResponse<ReferralView> change(@Parameter(description = "Referral id.") @PathParam("id") UUID id,
            @HeaderParam(HttpNames.IF_MATCH) String ifMatch, @Valid @NotNull ReferralPatch patch) {
        ReferralService.Versioned r = referrals.change(id, caller, patch, ifMatch);
        return Responses.ok(r.view(), r.version());
    }
}
