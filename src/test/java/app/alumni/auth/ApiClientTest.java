package app.alumni.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** HR's machine clients: created with scopes and a secret shown once, listed, rotated and revoked. */
@QuarkusTest
class ApiClientTest {

    private static Response create(Api.Session who, Map<String, Object> body) {
        return who.as().contentType(ContentType.JSON).body(body).post("/api/v1/admin/api-clients");
    }

    @Test
    void hrCreatesAClientWhoseSecretIsShownOnce() {
        Api.Session hr = Api.admin();
        Response created = create(hr, Map.of("name", "採用管理システム（ATS）", "scopes", List.of("applications:read", "jobs:write",
                "applications:read")));
        created.then().statusCode(201).body("client.name", equalTo("採用管理システム（ATS）"))
                .body("client.scopes", containsInAnyOrder("applications:read", "jobs:write"))
                .body("client.revokedAt", nullValue());
        String id = created.path("clientId");
        String secret = created.path("clientSecret");
        assertThat(secret).startsWith("acs_").hasSizeGreaterThan(40);
        assertThat(created.header("Location")).isEqualTo("https://alumni.example.com/api/v1/admin/api-clients/" + id);

        hr.as().get("/api/v1/admin/api-clients/" + id).then().statusCode(200).header("ETag", notNullValue())
                .body("id", equalTo(id)).body("$", not(hasKey("clientSecret")))
                .body("$", not(hasKey("secretHash")));
        assertThat(hr.as().get("/api/v1/admin/api-clients/" + id).asString()).doesNotContain(secret);
        hr.as().queryParam("limit", 100).get("/api/v1/admin/api-clients").then().statusCode(200).body("items.id", hasItem(id));

        String rotated = hr.as().post("/api/v1/admin/api-clients/" + id + "/secret").then().statusCode(200)
                .body("client.secretRotatedAt", notNullValue()).extract().path("clientSecret");
        assertThat(rotated).startsWith("acs_").isNotEqualTo(secret);

        hr.as().delete("/api/v1/admin/api-clients/" + id).then().statusCode(204);
        hr.as().delete("/api/v1/admin/api-clients/" + id).then().statusCode(204);
        hr.as().get("/api/v1/admin/api-clients/" + id).then().statusCode(200).body("revokedAt", notNullValue());
        hr.as().post("/api/v1/admin/api-clients/" + id + "/secret").then().statusCode(409)
                .body("type", equalTo("urn:alumni:problem:invalid-state"));
    }

    @Test
    void clientsAreRefusedWithReasons() {
        Api.Session hr = Api.admin();
        create(hr, Map.of("name", "", "scopes", List.of())).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "scopes"));
        create(hr, Map.of("name", "BI", "scopes", List.of("members:read", "everything"))).then().statusCode(400)
                .body("errors[0].field", equalTo("scopes[1]"));
        hr.as().get("/api/v1/admin/api-clients/" + UUID.randomUUID()).then().statusCode(404);
        hr.as().delete("/api/v1/admin/api-clients/" + UUID.randomUUID()).then().statusCode(404);
        hr.as().post("/api/v1/admin/api-clients/" + UUID.randomUUID() + "/secret").then().statusCode(404);

        Api.Session member = Api.activeMember();
        create(member, Map.of("name", "BI", "scopes", List.of("members:read"))).then().statusCode(403);
        member.as().get("/api/v1/admin/api-clients").then().statusCode(403);
        given().get("/api/v1/admin/api-clients").then().statusCode(401);
    }
}
