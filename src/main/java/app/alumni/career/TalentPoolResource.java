package app.alumni.career;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.career.CareerViews.TalentPoolEntryView;
import app.alumni.common.AuditTrail;
import app.alumni.common.Audited;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.member.Role;
import app.alumni.member.Scopes;

/** HR's talent pool of members open to coming back. */
@Path("/api/v1/admin/talent-pool")
@Tag(name = "Careers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.Names.HR_ADMIN, Scopes.MEMBERS_READ })
public class TalentPoolResource {

    private final TalentPoolService pool;

    private final AuditTrail trail;

    TalentPoolResource(TalentPoolService pool, AuditTrail trail) {
        this.trail = trail;
        this.pool = pool;
    }

    @GET
    @Audited(action = "talent-pool.read", target = "talent-pool", targetParam = "", read = true)
    @Operation(operationId = "listTalentPool", summary = "Talent pool",
            description = "HR admins. Active members who put REHIRE in their profile's `openTo`, with their re-hire preferences and "
                    + "application history; nobody else. In the directory's order, keyset-paginated.")
    @APIResponse(responseCode = "200", description = "One page of members.")
    public Page<TalentPoolEntryView> list(
            @Parameter(description = "Words to find in names, headline, bio, skills and career.",
                    example = "エンジニア") @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "A skill the member lists.", example = "Java") @QueryParam("skill") @Size(max = 50) String skill,
            @Parameter(description = "Year the member left.",
                    example = "2021") @QueryParam("leftYear") @Min(1900) @Max(2100) Integer leftYear,
            @Parameter(description = "A department the member worked in.",
                    example = "開発本部") @QueryParam("department") @Size(max = 100) String department,
            @Valid @BeanParam PageRequest page) {
        Page<TalentPoolEntryView> found = pool.pool(q, skill, leftYear, department, page.limit(), page.cursor());
        trail.subjects(found.items().stream().map(TalentPoolEntryView::memberId).toList());
        return found;
    }
}
