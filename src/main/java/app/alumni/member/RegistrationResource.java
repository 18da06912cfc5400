package app.alumni.member;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import app.alumni.common.Problem;
import app.alumni.common.ProblemMappers;
import app.alumni.common.Responses;
import app.alumni.member.MemberViews.MemberProfile;

@Path("/api/v1/auth/register")
@Tag(name = "Authentication")
@PermitAll
public class RegistrationResource {

    private final RegistrationService registrations;

    RegistrationResource(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "register", summary = "Register",
            description = "Public. Creates a `PENDING` account; HR verifies it against the company's records before it becomes `ACTIVE`. "
                    + "A pending member can already sign in and edit their own profile. `acceptedPrivacyPolicyVersion` must be the "
                    + "current version.")
    @APIResponseSchema(value = MemberProfile.class, responseCode = "201",
            responseDescription = "Registered; waiting for HR's verification.")
    @APIResponse(responseCode = "409", description = "The email address is already registered (type `email-already-registered`). "
            + "This tells the caller that the address has an account: a deliberate trade-off until the service sends e-mail.",
            content = @Content(mediaType = ProblemMappers.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MemberProfile> register(@Valid @NotNull RegistrationRequest request) {
        Member m = registrations.register(request);
        return Responses.created("/api/v1/members/" + m.id, MemberProfile.of(m), m.version);
    }
}
