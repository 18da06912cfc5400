package app.alumni.survey;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import app.alumni.common.BodyLimit;
import app.alumni.common.ChangesSince;
import app.alumni.common.Csv;
import app.alumni.common.HttpNames;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.common.Responses;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.member.Scopes;
import app.alumni.survey.SurveyDtos.ResponseInput;
import app.alumni.survey.SurveyDtos.Results;
import app.alumni.survey.SurveyDtos.SubmittedResponse;
import app.alumni.survey.SurveyDtos.SurveyInput;
import app.alumni.survey.SurveyDtos.SurveyView;

@BodyLimit(kib = BodyLimit.LONG_TEXT_KIB)
@Path("/api/v1/surveys")
@Tag(name = "Surveys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class SurveyResource {

    private final SurveyService surveys;
    private final SurveyResults results;
    private final Caller caller;

    private final AuditTrail trail;

    SurveyResource(SurveyService surveys, SurveyResults results, Caller caller, AuditTrail trail) {
        this.trail = trail;
        this.surveys = surveys;
        this.results = results;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.HR_ADMIN)
    @Operation(operationId = "createSurvey", summary = "Create a survey",
            description = "HR admins. Ordered questions of types SINGLE_CHOICE, MULTIPLE_CHOICE (min/max selections), SCALE (1–5), NPS "
                    + "(0–10) and TEXT (max length); options given as labels. Starts as DRAFT unless `status` is OPEN.")
    @APIResponseSchema(value = SurveyView.class, responseCode = "201", responseDescription = "Created.")
    public RestResponse<SurveyView> create(@Valid @NotNull SurveyInput input) {
        Survey s = surveys.create(caller.id(), input);
        return Responses.created("/api/v1/surveys/" + s.id, surveys.views(List.of(s), s.createdBy).get(0), s.version);
    }

    @GET
    @Operation(operationId = "listSurveys", summary = "Surveys",
            description = "Members: open surveys of their audience, each with `responded`. HR admins: every survey. Newest first, "
                    + "keyset-paginated.")
    @APIResponse(responseCode = "200", description = "One page of surveys.")
    public Page<SurveyView> list(
            @Valid @BeanParam PageRequest page) {
        return surveys.list(caller, page.limit(), page.cursor());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSurvey", summary = "A survey", description = "With its questions (each with an `id`) and options (`{id, "
            + "label}`).")
    @APIResponse(responseCode = "200", description = "The survey.")
    public RestResponse<SurveyView> get(@Parameter(description = "Survey id.") @PathParam("id") UUID id) {
        Survey s = surveys.visible(id, caller);
        return Responses.ok(surveys.views(List.of(s), caller.id()).get(0), s.version);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ HttpNames.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed(Role.Names.HR_ADMIN)
    @Operation(operationId = "patchSurvey", summary = "Edit a survey",
            description = "HR admins. JSON merge patch with `If-Match`. Status moves DRAFT → OPEN → CLOSED. Questions cannot change once "
                    + "a response exists (409).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SurveyInput.class)))
    @APIResponse(responseCode = "200", description = "The survey.")
    public RestResponse<SurveyView> patch(@Parameter(description = "Survey id.") @PathParam("id") UUID id,
            @HeaderParam(HttpNames.IF_MATCH) String ifMatch,
            JsonNode patch) {
        Survey s = surveys.edit(id, patch, ifMatch);
        return Responses.ok(surveys.views(List.of(s), caller.id()).get(0), s.version);
    }

    @POST
    @Path("/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "respondToSurvey", summary = "Respond to a survey",
            description = "Once per member. Each answer is checked against its question (unknown question, wrong type, option not "
                    + "offered, out of range, "
                    + "too many selections, missing required answer: 400 with one error per field). Outside the open window 409; outside "
                    + "the audience 403; a second response 409, also under concurrent submits.")
    @APIResponse(responseCode = "201", description = "Recorded.")
    @APIResponse(responseCode = "409", description = "Already responded (also when two submits race), or the survey is not open now.")
    public Response respond(@Parameter(description = "Survey id.") @PathParam("id") UUID id,
            @Valid @NotNull ResponseInput response) {
        surveys.respond(id, caller, response.answers());
        return Response.status(Response.Status.CREATED).build();
    }

    @GET
    @Path("/{id}/responses")
    @RolesAllowed({ Role.Names.HR_ADMIN, Scopes.SURVEYS_READ })
    @Audited(action = "survey-responses.read", target = "survey", read = true)
    @Operation(operationId = "listSurveyResponses", summary = "Responses of a survey that is not anonymous",
            description = "HR admins and API clients with `surveys:read`. Each response with its respondent and answers, oldest first; "
                    + "with `updatedSince`, those submitted since. An anonymous survey's responses have no time and no respondent, and "
                    + "are only exported whole (`results/export.csv`): 409 here.")
    @APIResponse(responseCode = "200", description = "One page of responses.")
    @APIResponse(responseCode = "409", description = "The survey is anonymous.")
    public Page<SubmittedResponse> responses(@Parameter(description = "Survey id.") @PathParam("id") UUID id,
            @BeanParam ChangesSince changes, @Valid @BeanParam PageRequest page) {
        Page<SubmittedResponse> found = results.responses(id, changes, page.limit(), page.cursor());
        trail.subjects(found.items().stream().map(SubmittedResponse::respondentId).toList());
        return found;
    }

    @GET
    @Path("/{id}/results")
    @RolesAllowed({ Role.Names.HR_ADMIN, Scopes.SURVEYS_READ })
    @Audited(action = "survey-results.read", target = "survey", read = true)
    @Operation(operationId = "getSurveyResults", summary = "Survey results",
            description = "HR admins. Response count and rate against the audience, per question: counts and percentages per option, "
                    + "mean and distribution for scales, NPS, and text answers (with the respondent only when not anonymous). Anonymous "
                    + "surveys hide any breakdown of fewer than 5 answers.")
    @APIResponse(responseCode = "200", description = "The results.")
    public Results results(@Parameter(description = "Survey id.") @PathParam("id") UUID id) {
        return results.results(id);
    }

    @GET
    @Path("/{id}/results/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed({ Role.Names.HR_ADMIN, Scopes.SURVEYS_READ })
    @Audited(action = "survey-results.export", target = "survey", read = true)
    @Operation(operationId = "exportSurveyResults", summary = "Survey responses as CSV",
            description = "HR admins. One row per response, one column per question, UTF-8 with a byte-order mark. Anonymous surveys: no "
                    + "respondent column, rows in random order, and only with at least 5 responses (409 before).")
    @APIResponse(responseCode = "409", description = "An anonymous survey with fewer than 5 responses cannot be exported yet.")
    @APIResponse(responseCode = "200", description = "The CSV file.",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = 50000000, description = "RFC 4180 CSV in UTF-8 with a byte-order mark; a header row, then one row per "
                    + "response.")))
    public Response export(@Parameter(description = "Survey id.") @PathParam("id") UUID id) {
        return Response.ok(results.csv(id), Csv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"survey-" + id + ".csv\"").build();
    }
}
