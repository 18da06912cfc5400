package app.alumni.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The token endpoint (RFC 6749 §4.4 and §5.2), and what a client's token may and may not do. */
@QuarkusTest
class ClientCredentialsTest {

    private static RequestSpecification tokenRequest() {
        return given().header("X-Forwarded-For", Api.randomAddress());
    }

    private static void refused(Response response, int status, String error) {
        response.then().statusCode(status).contentType(ContentType.JSON)
                .header("Cache-Control", "no-store").header("Pragma", "no-cache")
                .body("error", equalTo(error)).body("error_description", notNullValue());
    }

    @Test
    void aClientGetsATokenWithHttpBasicOrWithFormFields() {
        Api.Client client = Api.client("members:read", "feedback:read");
        tokenRequest().auth().preemptive().basic(client.id(), client.secret()).formParam("grant_type", "client_credentials")
                .post("/api/v1/oauth/token").then().statusCode(200).contentType(ContentType.JSON)
                .header("Cache-Control", "no-store").header("Pragma", "no-cache")
                .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(3600))
                .body("scope", equalTo("members:read feedback:read")).body("access_token", notNullValue());
        String token = tokenRequest().formParam("grant_type", "client_credentials").formParam("client_id", client.id())
                .formParam("client_secret", client.secret()).formParam("scope", "feedback:read")
                .post("/api/v1/oauth/token").then().statusCode(200).body("scope", equalTo("feedback:read"))
                .extract().path("access_token");

        // A token carries only the scopes asked for.
        given().auth().oauth2(token).get("/api/v1/feedback").then().statusCode(200);
        given().auth().oauth2(token).header("Accept-Language", "en").get("/api/v1/admin/registrations").then().statusCode(403)
                .body("type", equalTo("urn:alumni:problem:insufficient-scope"))
                .body("detail", containsString("members:read"))
                .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"members:read\"");
    }

    @Test
    void everyMistakeAtTheTokenEndpointGetsItsOAuthError() {
        Api.Client client = Api.client("members:read");
        String pair = client.id() + ":" + client.secret();
        String basic = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));

        refused(tokenRequest().header("Authorization", basic).formParam("scope", "members:read").post("/api/v1/oauth/token"), 400,
                "invalid_request");
        refused(tokenRequest().header("Authorization", basic).formParam("grant_type", "password").post("/api/v1/oauth/token"), 400,
                "unsupported_grant_type");
        refused(tokenRequest().header("Authorization", basic).formParam("grant_type", "client_credentials")
                .formParam("scope", "members:read members:write").post("/api/v1/oauth/token"), 400, "invalid_scope");
        refused(tokenRequest().header("Authorization", basic).formParam("grant_type", "client_credentials")
                .formParam("client_id", client.id()).formParam("client_secret", client.secret()).post("/api/v1/oauth/token"), 400,
                "invalid_request");
        refused(tokenRequest().header("Authorization", basic).formParam("grant_type", "client_credentials")
                .formParam("grant_type", "client_credentials").post("/api/v1/oauth/token"), 400, "invalid_request");

        Response wrongSecret = tokenRequest().auth().preemptive().basic(client.id(), "acs_wrong").formParam("grant_type",
                "client_credentials").post("/api/v1/oauth/token");
        refused(wrongSecret, 401, "invalid_client");
        assertThat(wrongSecret.header("WWW-Authenticate")).startsWith("Basic realm=");
        refused(tokenRequest().auth().preemptive().basic(UUID.randomUUID().toString(), client.secret())
                .formParam("grant_type", "client_credentials").post("/api/v1/oauth/token"), 401, "invalid_client");
        refused(tokenRequest().auth().preemptive().basic("not-a-uuid", "x").formParam("grant_type", "client_credentials")
                .post("/api/v1/oauth/token"), 401, "invalid_client");
        refused(tokenRequest().formParam("grant_type", "client_credentials").post("/api/v1/oauth/token"), 401, "invalid_client");
        refused(tokenRequest().header("Authorization", "Basic %%%").formParam("grant_type", "client_credentials")
                .post("/api/v1/oauth/token"), 401, "invalid_client");

        // Not a form: the API's usual problem.
        tokenRequest().contentType(ContentType.JSON).body(Map.of("grant_type", "client_credentials")).post("/api/v1/oauth/token")
                .then().statusCode(415);
    }

    @Test
    void guessingSecretsIsSlowedDown() {
        Api.Client client = Api.client("members:read");
        String address = Api.randomAddress();
        Response last = null;
        for (int i = 0; i < 6; i++) {
            last = given().header("X-Forwarded-For", address).auth().preemptive().basic(client.id(), "acs_guess-" + i)
                    .formParam("grant_type", "client_credentials").post("/api/v1/oauth/token");
        }
        refused(last, 429, "slow_down");
        assertThat(Integer.parseInt(last.header("Retry-After"))).isPositive();
        // Even the right secret waits, from that address.
        refused(given().header("X-Forwarded-For", address).auth().preemptive().basic(client.id(), client.secret())
                .formParam("grant_type", "client_credentials").post("/api/v1/oauth/token"), 429, "slow_down");
    }

    @Test
    void revokingAClientEndsItsTokensAtOnce() {
        Api.Client client = Api.client("feedback:read");
        client.as().get("/api/v1/feedback").then().statusCode(200);
        Api.admin().as().delete("/api/v1/admin/api-clients/" + client.id()).then().statusCode(204);
        client.as().get("/api/v1/feedback").then().statusCode(401).body("type", equalTo("urn:alumni:problem:unauthenticated"));
        refused(tokenRequest().auth().preemptive().basic(client.id(), client.secret()).formParam("grant_type", "client_credentials")
                .post("/api/v1/oauth/token"), 401, "invalid_client");
    }

    @Test
    void rotatingTheSecretEndsTheOldSecretAndItsTokens() {
        Api.Client client = Api.client("feedback:read");
        String newSecret = Api.admin().as().post("/api/v1/admin/api-clients/" + client.id() + "/secret").then().statusCode(200)
                .extract().path("clientSecret");
        client.as().get("/api/v1/feedback").then().statusCode(401);
        refused(tokenRequest().auth().preemptive().basic(client.id(), client.secret()).formParam("grant_type", "client_credentials")
                .post("/api/v1/oauth/token"), 401, "invalid_client");
        given().auth().oauth2(Api.clientToken(client.id(), newSecret)).get("/api/v1/feedback").then().statusCode(200);
    }

    @Test
    void hrSuspendsResumesAndNarrowsAClientAtOnce() {
        Api.Client client = Api.client("feedback:read", "members:read");
        Api.Session hr = Api.admin();
        String path = "/api/v1/admin/api-clients/" + client.id();
        String etag = hr.as().get(path).then().statusCode(200).extract().header("ETag");

        hr.as().contentType(Api.MERGE_PATCH).header("If-Match", etag).body(Map.of("suspended", true)).patch(path).then().statusCode(200)
                .body("suspendedAt", notNullValue());
        hr.as().contentType(Api.MERGE_PATCH).header("If-Match", etag).body(Map.of("suspended", false)).patch(path).then().statusCode(412);
        client.as().get("/api/v1/feedback").then().statusCode(403).body("type", equalTo("urn:alumni:problem:client-suspended"));
        refused(tokenRequest().auth().preemptive().basic(client.id(), client.secret()).formParam("grant_type", "client_credentials")
                .post("/api/v1/oauth/token"), 401, "invalid_client");

        hr.as().contentType(Api.MERGE_PATCH).body(Map.of("suspended", false, "scopes", List.of("members:read"), "name", "人事DB"))
                .patch(path).then().statusCode(200).body("suspendedAt", equalTo(null)).body("name", equalTo("人事DB"));
        // Resumed, but feedback:read was taken away: the token that carries it no longer gets it.
        client.as().get("/api/v1/admin/registrations").then().statusCode(200);
        client.as().get("/api/v1/feedback").then().statusCode(403).body("type", equalTo("urn:alumni:problem:insufficient-scope"));

        hr.as().contentType(Api.MERGE_PATCH).body(Map.of("scopes", List.of("everything"))).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("scopes[0]"));
        hr.as().contentType(Api.MERGE_PATCH).body(Map.of("secretHash", "x")).patch(path).then().statusCode(400);
        hr.as().delete(path).then().statusCode(204);
        hr.as().contentType(Api.MERGE_PATCH).body(Map.of("suspended", true)).patch(path).then().statusCode(409);
        hr.as().contentType(Api.MERGE_PATCH).body(Map.of("suspended", true)).patch("/api/v1/admin/api-clients/" + UUID.randomUUID())
                .then().statusCode(404);
        Api.activeMember().as().contentType(Api.MERGE_PATCH).body(Map.of("suspended", true)).patch(path).then().statusCode(403);
    }

    @Test
    void aClientIsNeverAMember() {
        Api.Client client = Api.client(Api.ALL_SCOPES.toArray(String[]::new));
        for (String path : List.of("/api/v1/members/me", "/api/v1/notifications", "/api/v1/posts", "/api/v1/admin/api-clients",
                "/api/v1/admin/outbox")) {
            client.as().get(path).then().statusCode(403).body("type", equalTo("urn:alumni:problem:members-only"));
        }
        client.as().contentType(ContentType.JSON).body(Map.of("type", "DISCUSSION", "body", "hello")).post("/api/v1/posts").then()
                .statusCode(403)
                .body("type", equalTo("urn:alumni:problem:members-only"));
        client.as().contentType(ContentType.JSON).body(Map.of("status", "GOING")).put("/api/v1/events/" + UUID.randomUUID() + "/rsvp")
                .then().statusCode(403).body("type", equalTo("urn:alumni:problem:members-only"));
    }

    @Test
    void aClientDecidesRegistrationsAndChangesStatusButNeverRoles() {
        Api.Client client = Api.client("members:read", "members:write");
        String pending = Api.registered(Api.registration(Api.uniqueEmail("applicant")));
        client.as().get("/api/v1/admin/registrations?limit=100").then().statusCode(200);
        client.as().post("/api/v1/admin/registrations/" + pending + "/approve").then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("reviewedBy.kind", equalTo("API_CLIENT")).body("reviewedBy.id", equalTo(client.id()));

        client.as().contentType(ContentType.JSON).body(Map.of("roles", List.of("HR_ADMIN"))).patch("/api/v1/admin/members/" + pending)
                .then().statusCode(403).body("type", equalTo("urn:alumni:problem:forbidden"))
                .body("detail", containsString("HR admins in person"));
        client.as().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED")).patch("/api/v1/admin/members/" + pending)
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));

        String byHr = Api.registered(Api.registration(Api.uniqueEmail("applicant")));
        Api.Session hr = Api.admin();
        hr.as().post("/api/v1/admin/registrations/" + byHr + "/approve").then().statusCode(200)
                .body("reviewedBy.kind", equalTo("MEMBER"));
    }
}
