package app.alumni.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Walks the served OpenAPI document: every operation that is not declared public must answer 401 problem+json
 * without a token, and 403 `account-not-active` to a member still waiting for verification (but for their own
 * account), so no endpoint can be added without stating who may call it; and every read of an unknown id is 404.
 */
@QuarkusTest
class EveryEndpointIsProtectedTest {

    /** The operations a member whose registration is still pending may use: their own account. */
    private static final List<String> OPEN_TO_PENDING = List.of("GET /api/v1/members/me", "PATCH /api/v1/members/me",
            "PUT /api/v1/members/me/password", "POST /api/v1/members/me/email", "POST /api/v1/auth/verify-email/resend",
            "GET /api/v1/members/me/access-log", "GET /api/v1/members/me/consents", "POST /api/v1/members/me/consents",
            "POST /api/v1/members/me/deletion", "POST /api/v1/members/me/exports", "GET /api/v1/members/me/exports/{id}",
            "GET /api/v1/members/me/exports/{id}/download");

    @Test
    void everySecuredOperationRefusesAnonymousCallers() {
        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        forEachSecuredOperation((method, path) -> {
            Response response = given().contentType("application/json").body("{}").request(method, concrete(path));
            checked.add(method + " " + path);
            if (response.statusCode() != 401 || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                failures.add(method + " " + path + " → " + response.statusCode());
            }
        });
        assertThat(checked).hasSizeGreaterThan(50);
        assertThat(failures).isEmpty();
    }

    @Test
    void pendingMembersReachNothingButTheirOwnAccount() {
        Api.Session pending = Api.pendingMember();
        List<String> failures = new ArrayList<>();
        forEachSecuredOperation((method, path) -> {
            if (OPEN_TO_PENDING.contains(method + " " + path)) {
                return;
            }
            Response response = pending.as().contentType("application/json").body("{}").request(method, concrete(path));
            if (response.statusCode() != 403 || !"urn:alumni:problem:account-not-active".equals(response.path("type"))) {
                failures.add(method + " " + path + " → " + response.statusCode());
            }
        });
        assertThat(failures).isEmpty();
    }

    private static final String SCIM_ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    @Test
    void everyReadOfAnUnknownResourceIs404() {
        Api.Session hr = Api.admin();
        Api.Client identityProvider = Api.client("scim");
        List<String> failures = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        forEachSecuredOperation((method, path) -> {
            if (!method.equals("GET") || !path.contains("{")) {
                return;
            }
            checked.add(path);
            // SCIM is for the identity provider's client alone, and answers with SCIM's own error body.
            boolean scim = path.startsWith("/scim/");
            Response response = (scim ? identityProvider.as() : hr.as()).request(method, concrete(path));
            boolean notFound = scim ? List.of(SCIM_ERROR).equals(response.path("schemas"))
                    : "urn:alumni:problem:not-found".equals(response.path("type"));
            if (response.statusCode() != 404 || !notFound) {
                failures.add(method + " " + path + " → " + response.statusCode());
            }
        });
        assertThat(checked).hasSizeGreaterThan(10);
        assertThat(failures).isEmpty();
    }

    private static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    @SuppressWarnings("unchecked")
    private static void forEachSecuredOperation(BiConsumer<String, String> check) {
        Map<String, Object> document = Management.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .as(Map.class);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || method.equals("parameters")) {
                return;
            }
            List<Map<String, Object>> security = (List<Map<String, Object>>) operation.get("security");
            boolean isPublic = security != null && security.stream().anyMatch(Map::isEmpty);
            if (!isPublic) {
                check.accept(method.toUpperCase(), path);
            }
        }));
    }
}
