package app.alumni.career;


import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.career.ReferralViews.ReferralView;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.member.Caller;
import app.alumni.member.Role;

/** The candidates a member referred. */
@Path("/api/v1/members/me/referrals")
@Tag(name = "Careers")
@Produces(MediaType.APPLICATION_JSON)
public class MyReferralsResource {

    private final ReferralService referrals;
    private final Caller caller;

    MyReferralsResource(ReferralService referrals, Caller caller) {
        this.referrals = referrals;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Role.Names.ACTIVE_MEMBER)
    @Operation(operationId = "listMyReferrals", summary = "My referrals",
            description = "Active members. The candidates I referred, newest first, with their status (never HR's note).")
    @APIResponse(responseCode = "200", description = "One page of referrals.")
    public Page<ReferralView> mine(@Valid @BeanParam PageRequest page) {
        return referrals.mine(caller, page.limit(), page.cursor());
    }
}
