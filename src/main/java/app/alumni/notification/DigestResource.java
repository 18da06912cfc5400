package app.alumni.notification;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.common.Audited;
import app.alumni.common.ProblemException;
import app.alumni.member.Role;
import app.alumni.notification.NotificationPreference.Digest;

@Path("/api/v1/admin/digests/run")
@Tag(name = "Administration")
@RolesAllowed(Role.Names.HR_ADMIN)
public class DigestResource {

    private final DigestService digests;

    DigestResource(DigestService digests) {
        this.digests = digests;
    }

    @Schema(name = "DigestRunRequest")
    record DigestRunRequest(@NotNull @Schema(description = "`DAILY` or `WEEKLY`.", required = true) Digest frequency) {
    }

    @Schema(name = "DigestRun", description = "What a digest run did.")
    record DigestRunView(
            Digest frequency,
            @Schema(description = "The period whose digests were mailed (start of the day, or of the week, Monday).", format = "date-time",
                    maxLength = 35) OffsetDateTime periodStart,
            @Schema(description = "Members whose digest of the period this run took on (others had theirs already).", minimum = "0",
                    maximum = "2147483647") int members,
            @Schema(description = "Digests mailed (empty ones are not).", minimum = "0", maximum = "2147483647") int mailed) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Audited(action = "digest.run", target = "digest", targetParam = "")
    @Operation(operationId = "runDigest", summary = "Mail this period's digests now",
            description = "HR admins. Mails the current day's (`DAILY`) or week's (`WEEKLY`) digest to every member of that rhythm who "
                    + "has not had it yet; the schedule then skips them. Empty digests are not sent.")
    @APIResponse(responseCode = "200", description = "What the run did.")
    public DigestRunView run(@Valid @NotNull DigestRunRequest request) {
        if (request.frequency() == Digest.OFF) {
            throw ProblemException.invalid("frequency", "validation.digest-frequency");
        }
        DigestService.Run run = digests.run(request.frequency());
        return new DigestRunView(run.frequency(), run.periodStart(), run.members(), run.mailed());
    }
}
