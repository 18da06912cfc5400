package app.alumni.career;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import app.alumni.career.ReferralViews.NewReferral;
import app.alumni.career.ReferralViews.ReferralView;
import app.alumni.common.Audited;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.common.Responses;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.member.Scopes;

/** A job's referrals: members refer candidates, HR reads them. */
@Path("/api/v1/jobs/{id}/referrals")
@Tag(name = "Careers")
@Produces(MediaType.APPLICATION_JSON)
public class JobReferralsResource {

    private final ReferralService referrals;
    private final Caller caller;

    JobReferralsResource(ReferralService referrals, Caller caller) {
        this.referrals = referrals;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ACTIVE_MEMBER)
    @Operation(operationId = "referCandidate", summary = "Refer a candidate to a job",
            description = "Active members, to open jobs (not collaborations: 409), at most 20 a day. The candidate must have agreed to "
                    + "be contacted (`candidateConsented: true`, 400 otherwise). A candidate is referred to a job once: a second "
                    + "referral of the same address is 409. HR is notified.")
    @APIResponseSchema(value = ReferralView.class, responseCode = "201", responseDescription = "Referred.")
    public RestResponse<ReferralView> refer(@Parameter(description = "Listing id.") @PathParam("id") UUID listingId,
            @Valid @NotNull NewReferral request) {
        ReferralView created = referrals.refer(listingId, caller, request);
        return Responses.created("/api/v1/referrals/" + created.id(), created);
    }

    @GET
    @RolesAllowed({ Role.Names.HR_ADMIN, Scopes.APPLICATIONS_READ })
    @Audited(action = "referrals.read", target = "listing", read = true)
    @Operation(operationId = "listJobReferrals", summary = "A job's referrals",
            description = "HR admins. The candidates referred to a job, oldest first, with who referred them and HR's note.")
    @APIResponse(responseCode = "200", description = "One page of referrals.")
    public Page<ReferralView> forListing(@Parameter(description = "Listing id.") @PathParam("id") UUID listingId,
            @Valid @BeanParam PageRequest page) {
        return referrals.forListing(listingId, caller, page.limit(), page.cursor());
    }
}
