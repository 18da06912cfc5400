package app.alumni.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import app.alumni.auth.ClientTokenDtos.ClientCredentialsRequest;
import app.alumni.auth.ClientTokenDtos.ClientTokenResponse;
import app.alumni.auth.ClientTokenDtos.OAuthErrorBody;
import app.alumni.common.CachePolicy;
import app.alumni.common.OpenApiFilter;
import app.alumni.member.Scopes;
import io.vertx.core.http.HttpServerRequest;

/** The OAuth 2.0 token endpoint for HR's machine clients: the client credentials grant only. */
@SecurityScheme(securitySchemeName = OAuthTokenResource.SCHEME, type = SecuritySchemeType.OAUTH2,
        description = "For HR's systems: an API client HR created gets a token at `/api/v1/oauth/token` with its id and secret (RFC 6749 "
                + "§4.4) and sends it as a Bearer token: an RS256 JWT (RFC 9068) valid for an hour, issued and checked following RFC8725 "
                + "(fixed algorithm, `iss` and `aud` verified, public keys at `/.well-known/jwks.json`). There are no refresh tokens: "
                + "a client asks the token endpoint again (`refreshUrl`) when its token expires. Operations open to clients name the "
                + "scope they need; a client is never a member (403 `members-only` on what members do in person).",
        flows = @OAuthFlows(clientCredentials = @OAuthFlow(tokenUrl = OAuthTokenResource.PATH, refreshUrl = OAuthTokenResource.PATH,
                scopes = {
                @OAuthScope(name = Scopes.MEMBERS_READ, description = "Read registrations and the talent pool."),
                @OAuthScope(name = Scopes.MEMBERS_WRITE, description = "Decide registrations; suspend and reactivate accounts."),
                @OAuthScope(name = Scopes.JOBS_READ, description = "Read job listings, drafts included."),
                @OAuthScope(name = Scopes.JOBS_WRITE, description = "Create, edit, publish and close job listings."),
                @OAuthScope(name = Scopes.APPLICATIONS_READ, description = "Read applications and their history."),
                @OAuthScope(name = Scopes.APPLICATIONS_WRITE, description = "Move applications through their statuses."),
                @OAuthScope(name = Scopes.EVENTS_READ, description = "Read events, proposals included."),
                @OAuthScope(name = Scopes.EVENTS_WRITE, description = "Approve or reject proposed events."),
                @OAuthScope(name = Scopes.ANNOUNCEMENTS_WRITE, description = "Publish announcements."),
                @OAuthScope(name = Scopes.SURVEYS_READ, description = "Read survey results and export responses."),
                @OAuthScope(name = Scopes.FEEDBACK_READ, description = "Read the feedback box."),
                @OAuthScope(name = Scopes.WEBHOOKS_MANAGE, description = "Manage webhook subscriptions."),
                @OAuthScope(name = Scopes.ROSTER_WRITE, description = "Import, read and edit the alumni roster."),
                @OAuthScope(name = Scopes.STATS_READ, description = "Read HR's figures (counts only, small groups suppressed)."),
                @OAuthScope(name = Scopes.SCIM, description = "Provision current employees by SCIM 2.0 (the identity provider).") })))
@Path(OAuthTokenResource.PATH)
@Tag(name = "Authentication")
@PermitAll
public class OAuthTokenResource {

    static final String PATH = "/api/v1/oauth/token";
    static final String GRANT_TYPE = "client_credentials";
    /** The OpenAPI security scheme of client tokens. */
    static final String SCHEME = OpenApiFilter.CLIENT_SCHEME;

    private final ClientTokens tokens;

    OAuthTokenResource(ClientTokens tokens) {
        this.tokens = tokens;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "issueClientToken", summary = "Get a client access token",
            description = "Public (the client authenticates in the request). OAuth 2.0 client credentials grant (RFC 6749 §4.4) for "
                    + "machine clients HR created: `grant_type=client_credentials`, an optional `scope`, and the client's id and "
                    + "secret by HTTP Basic or as form fields. Errors follow RFC 6749 §5.2, not problem+json. Failed attempts count "
                    + "against the same budgets as sign-in.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = ClientCredentialsRequest.class)))
    @APIResponse(responseCode = "200", description = "A token.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientTokenResponse.class)))
    @APIResponse(responseCode = "400", description = "`invalid_request`, `unsupported_grant_type` or `invalid_scope`.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthErrorBody.class)))
    @APIResponse(responseCode = "401", description = "`invalid_client`, with `WWW-Authenticate: Basic`.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthErrorBody.class)))
    @APIResponse(responseCode = "429", description = "`slow_down`: too many failed attempts; retry after `Retry-After` seconds.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OAuthErrorBody.class)))
    public Response token(MultivaluedMap<String, String> form, HttpHeaders headers, HttpServerRequest http) {
        for (var entry : form.entrySet()) {
            if (entry.getValue().size() > 1) {
                throw OAuthError.invalidRequest("The parameter '" + entry.getKey() + "' is repeated.");
            }
        }
        String grantType = form.getFirst("grant_type");
        if (grantType == null || grantType.isBlank()) {
            throw OAuthError.invalidRequest("grant_type is missing.");
        }
        if (!GRANT_TYPE.equals(grantType)) {
            throw OAuthError.unsupportedGrantType();
        }
        String[] credentials = credentials(headers.getHeaderString(HttpHeaders.AUTHORIZATION), form);
        ClientTokenResponse issued = tokens.issue(credentials[0], credentials[1], form.getFirst("scope"),
                http.remoteAddress().hostAddress());
        return noStore(Response.ok(issued)).build();
    }

    /** The client's id and secret, from HTTP Basic (RFC 6749 §2.3.1: each part form-urlencoded) or the form, not both. */
    private static String[] credentials(String authorization, MultivaluedMap<String, String> form) {
        String formId = form.getFirst("client_id");
        String formSecret = form.getFirst("client_secret");
        if (authorization != null) {
            if (formId != null || formSecret != null) {
                throw OAuthError.invalidRequest("Authenticate the client one way: HTTP Basic or the form fields, not both.");
            }
            if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                throw OAuthError.invalidClient();
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw OAuthError.invalidClient();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw OAuthError.invalidClient();
            }
            try {
                return new String[] { URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                        URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
            } catch (IllegalArgumentException e) {
                throw OAuthError.invalidClient();
            }
        }
        if (formId == null || formSecret == null) {
            throw OAuthError.invalidClient();
        }
        return new String[] { formId, formSecret };
    }

    @ServerExceptionMapper
    Response refused(OAuthError e) {
        Response.ResponseBuilder response = noStore(Response.status(e.status()))
                .type(MediaType.APPLICATION_JSON)
                .entity(new OAuthErrorBody(e.error(), e.getMessage()));
        if (e.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"alumni\", charset=\"UTF-8\"");
        }
        if (e.retryAfterSeconds() > 0) {
            response.header("Retry-After", e.retryAfterSeconds());
        }
        return response.build();
    }

    /** RFC 6749 §5.1: token responses must not be cached. */
    private static Response.ResponseBuilder noStore(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.CACHE_CONTROL, CachePolicy.NO_STORE).header("Pragma", "no-cache");
    }
}
