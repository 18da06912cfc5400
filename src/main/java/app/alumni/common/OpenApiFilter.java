package app.alumni.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Completes the OpenAPI document: the schemas as client generators need them ({@link OpenApiSchemas}), and on every
 * operation the errors the central mapping can answer (as problem+json with an example) and the headers every
 * response carries, so resources only declare what is particular to them. By convention, too: every 201 with a body
 * names the new resource in {@code Location}, and every success whose body is a versioned representation (a schema
 * marked {@value #VERSIONED}) carries its {@code ETag}.
 */
public class OpenApiFilter implements OASFilter {

    /**
     * Marks a representation schema whose responses carry an {@code ETag}:
     * {@code @Schema(extensions = @Extension(name = VERSIONED, value = "true"))}.
     */
    public static final String VERSIONED = "x-versioned";

    /** The security scheme of HR's machine clients (OAuth 2.0 client credentials). */
    public static final String CLIENT_SCHEME = "clientCredentials";
    private static final String MEMBER_SCHEME = "bearerAuth";
    /** An HR admin's member token, named apart on the {@code /admin} operations. */
    public static final String HR_ADMIN_SCHEME = "hrAdminAuth";
    private static final Set<String> GENERATED = Set.of("Not Authorized", "Not Allowed");
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final List<String> RATE_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
    /** Public: signing in and out create no conflicts (registration declares its own). */
    private static final List<String> NO_CONFLICTS = List.of("/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout");

    private record Standard(String description, ProblemType type, String detail) {
    }

    private static final Map<String, Standard> STANDARD = new LinkedHashMap<>();

    static {
        STANDARD.put("400", new Standard("Invalid request: `errors` names each invalid field, parameter or header (a query parameter "
                + "with a control character, say).", ProblemType.VALIDATION, "Some fields are invalid; see errors."));
        STANDARD.put("401", new Standard("No valid access token (missing where needed; or presented but expired, wrongly signed, of a "
                + "sign-in that has ended, or of an account that can no longer sign in: also on public operations). Carries "
                + "`WWW-Authenticate: Bearer`.", ProblemType.UNAUTHENTICATED, "Sign in and send the access token as a Bearer token."));
        STANDARD.put("403", new Standard("The caller may not do this: wrong role, not their resource, (type `account-not-active`) the "
                + "account still waits for HR's verification, (type `consent-required`) the member has not accepted the privacy "
                + "policy in effect, or for an API client: its token lacks the scope (type `insufficient-scope`, "
                + "which names it) or the operation is for members in person (type `members-only`).", ProblemType.FORBIDDEN,
                "You are not allowed to do this."));
        STANDARD.put("404", new Standard("Not found, or not visible to the caller.", ProblemType.NOT_FOUND,
                "There is nothing here, or you may not see it."));
        STANDARD.put("406", new Standard("The `Accept` header admits neither the operation's media type nor JSON "
                + "(`application/problem+json` counts as JSON).", ProblemType.NOT_ACCEPTABLE,
                "The resource cannot be represented in a type your Accept header allows."));
        STANDARD.put("409", new Standard("Conflicts with the current state, or with a concurrent change of the same resource (read it "
                + "again and retry).", ProblemType.INVALID_STATE, "The resource is not in a state that allows this."));
        STANDARD.put("412", new Standard("`If-Match` does not match the current version.", ProblemType.STALE_VERSION,
                "The resource changed since you read it (If-Match does not match). Read it again and retry."));
        STANDARD.put("413", new Standard("The body is larger than the operation's endpoint family takes: 64 KiB, 256 KiB for posts, "
                + "comments, events, listings and surveys.", ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than this endpoint accepts (64 KiB)."));
        STANDARD.put("415", new Standard("The body is not JSON.", ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Send the body as JSON (Content-Type: application/json)."));
        STANDARD.put("429", new Standard("Too many requests; wait for `Retry-After` seconds.", ProblemType.TOO_MANY_REQUESTS,
                "Too many requests. Wait and try again."));
        STANDARD.put("500", new Standard("Unexpected failure; the body names the correlation id to report.", ProblemType.INTERNAL,
                "Something went wrong on our side. Quote the correlation id when you report it."));
        STANDARD.put("503", new Standard("Unavailable for a moment: the database connection was lost under the request (type "
                + "`temporarily-unavailable`), or, where passwords are checked, too many checks run at once (type `service-busy`). "
                + "Repeat the request after `Retry-After` seconds.", ProblemType.TEMPORARILY_UNAVAILABLE,
                "The service lost its database connection during this request. Try again in a moment."));
    }

    @Override
    public Schema filterSchema(Schema schema) {
        return OpenApiSchemas.clean(schema);
    }

    /**
     * Swagger UI fills parameters in from their examples: an optional filter with an example would hide most data.
     * {@code If-Match} is described once here, for every operation that takes it.
     */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.HEADER && HttpNames.IF_MATCH.equalsIgnoreCase(parameter.getName())) {
            parameter.description("The `ETag` of the version read (or `*`); 412 when the resource changed since. Without it, the last "
                    + "write wins.")
                    .schema(OpenApiSchemas.clean(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(30)));
        }
        if (parameter.getIn() == Parameter.In.QUERY && !Boolean.TRUE.equals(parameter.getRequired())) {
            parameter.setExample(null);
            parameter.setExamples(null);
            if (parameter.getSchema() != null) {
                parameter.getSchema().setExamples(null);
            }
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getServers() != null) {
            openAPI.getServers().forEach(server -> server.addExtension("x-internal", false));
        }
        OpenApiSchemas.complete(openAPI);
        var components = openAPI.getComponents();
        components.addHeader("Access-Control-Allow-Origin", OASFactory.createHeader()
                .description("The caller's `Origin`, when it is one of the configured browser app origins (CORS).")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(200)));
        components.addHeader("Cache-Control", OASFactory.createHeader()
                .description("`no-store` for everything personal (which is everything but the privacy policy and the JWK set, which may "
                + "be cached for an hour).")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100).pattern("^[a-z0-9=, -]+$")));
        components.addHeader("RateLimit-Limit", header("Requests allowed per minute from this client address.", 1, 1_000_000));
        components.addHeader("RateLimit-Remaining", header("Requests left in the current minute.", 0, 1_000_000));
        components.addHeader("RateLimit-Reset", header("Seconds until the budget is renewed.", 0, 60));
        components.addHeader("Retry-After", header("Seconds to wait before retrying.", 1, 86_400));
        components.addHeader("ETag", OASFactory.createHeader()
                .description("The version of this representation: send it as `If-Match` to change the resource.")
                .schema(OpenApiSchemas.clean(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(30))));
        components.addHeader("Location", OASFactory.createHeader()
                .description("URL of the created resource.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(200)));
        Set<String> versioned = versionedSchemas(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                complete(path, method, operation, versioned)));
    }

    /**
     * The refs of the schemas marked {@value #VERSIONED}; the mark itself is for this filter, not for clients. Schemas
     * are property maps (MicroProfile OpenAPI 4), and an extension is one of their properties.
     */
    private static Set<String> versionedSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents().getSchemas() == null) {
            return Set.of();
        }
        Set<String> refs = openAPI.getComponents().getSchemas().entrySet().stream()
                .filter(e -> e.getValue().get(VERSIONED) != null)
                .map(e -> "#/components/schemas/" + e.getKey())
                .collect(Collectors.toSet());
        openAPI.getComponents().getSchemas().values().forEach(schema -> schema.set(VERSIONED, null));
        return refs;
    }

    private static void conventionalHeaders(String status, APIResponse response, Set<String> versioned) {
        if (!status.startsWith("2") || response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        if (status.equals("201")) {
            response.addHeader("Location", OASFactory.createHeader().ref("#/components/headers/Location"));
        }
        boolean versionedBody = response.getContent().getMediaTypes().values().stream()
                .anyMatch(m -> m.getSchema() != null && versioned.contains(m.getSchema().getRef()));
        if (versionedBody) {
            response.addHeader("ETag", OASFactory.createHeader().ref("#/components/headers/ETag"));
        }
    }

    /**
     * HR's {@code /admin} operations name the HR admin's token as a scheme of its own (the same bearer token; the role is
     * checked on every request), so that no other operation shares their requirement (OWASP API5: admin endpoints are
     * secured apart).
     */
    private static String memberScheme(String path) {
        return path.contains("/admin/") ? HR_ADMIN_SCHEME : MEMBER_SCHEME;
    }

    /**
     * SmallRye OpenAPI lists an operation's {@code @RolesAllowed} as the "scopes" of the bearer scheme. Role names are
     * no scopes: the member's token is checked against the account's roles, and the roles an operation needs are in
     * its description. The real scopes among them ({@link ScopeNames}) are what a machine client's token needs; an
     * operation that admits scopes only (SCIM) is for machine clients alone.
     */
    private static void clientScopes(String path, Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        List<SecurityRequirement> requirements = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            List<String> roles = requirement.getScheme(MEMBER_SCHEME);
            if (roles == null) {
                requirements.add(requirement);
                continue;
            }
            List<String> scopes = roles.stream().filter(ScopeNames::isScope).toList();
            if (scopes.isEmpty() && operation.getSecurity().size() == 1 && memberScheme(path).equals(MEMBER_SCHEME)) {
                requirements = null; // the document's default: a member's bearer token
                break;
            }
            if (scopes.isEmpty() || scopes.size() < roles.size()) {
                requirements.add(OASFactory.createSecurityRequirement().addScheme(memberScheme(path)));
            }
            if (!scopes.isEmpty()) {
                requirements.add(OASFactory.createSecurityRequirement().addScheme(CLIENT_SCHEME, scopes));
            }
        }
        operation.setSecurity(requirements);
        // The generic 401 and 403 SmallRye adds with the requirement give way to this API's own (see STANDARD).
        APIResponses responses = operation.getResponses();
        for (String status : List.of("401", "403")) {
            APIResponse generated = responses.getAPIResponse(status);
            if (generated != null && generated.getContent() == null && GENERATED.contains(generated.getDescription())) {
                responses.removeAPIResponse(status);
            }
        }
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation, Set<String> versioned) {
        clientScopes(path, operation);
        if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
            // Public: stated as "no credentials needed" rather than left blank.
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement());
        }
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() == null
                || operation.getSecurity().stream().anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
        boolean body = operation.getRequestBody() != null;
        boolean ifMatch = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        for (String status : STANDARD.keySet()) {
            boolean applies = switch (status) {
                case "403" -> secured;
                case "404" -> path.contains("{");
                case "409" -> method != PathItem.HttpMethod.GET && !NO_CONFLICTS.contains(path);
                case "412" -> ifMatch;
                case "413", "415" -> body;
                default -> true;
            };
            if (applies && !responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(STANDARD.get(status).description()));
            }
        }
        // In order of status, whichever annotation or convention declared each one.
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() != null) {
                return;
            }
            if (status.startsWith("4") || status.startsWith("5")) {
                problemContent(status, response);
            }
            conventionalHeaders(status, response, versioned);
            if (status.equals("429") || status.equals("503")) {
                response.addHeader("Retry-After", OASFactory.createHeader().ref("#/components/headers/Retry-After"));
            }
            response.addHeader("Access-Control-Allow-Origin", OASFactory.createHeader()
                    .ref("#/components/headers/Access-Control-Allow-Origin"));
            response.addHeader("Cache-Control", OASFactory.createHeader().ref("#/components/headers/Cache-Control"));
            if (status.startsWith("2") || status.startsWith("4")) {
                RATE_HEADERS.forEach(h -> {
                    if (response.getHeaders() == null || !response.getHeaders().containsKey(h)) {
                        response.addHeader(h, OASFactory.createHeader().ref("#/components/headers/" + h));
                    }
                });
            }
        });
    }

    private static void problemContent(String status, APIResponse response) {
        if (response.getContent() != null && response.getContent().getMediaTypes() != null
                && !response.getContent().getMediaTypes().isEmpty()) {
            return; // declared by the operation (problem+json with its own example, or a protocol's own error format)
        }
        Standard standard = STANDARD.getOrDefault(status, STANDARD.get("409"));
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", standard.type().uri());
        example.put("title", Messages.get(Messages.ENGLISH, "problem." + standard.type().slug() + ".title"));
        example.put("status", standard.type().status());
        example.put("detail", standard.detail());
        example.put("instance", "/api/v1/members/me");
        example.put("correlationId", "7f3c2a0e-55a4-4d54-9a7c-0b7e4fc7d5b1");
        if (status.equals("400")) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", "email");
            error.put("message", "must be a well-formed email address");
            example.put("errors", List.of(error));
        }
        response.setContent(OASFactory.createContent().addMediaType(ProblemMappers.PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)).example(example)));
    }

    private static Header header(String description, int minimum, int maximum) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum)));
    }
}
