package app.alumni.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PlatformTest {

    @Test
    void healthIncludesTheDatabase() {
        Management.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Management.given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void prometheusMetricsAreExposed() {
        Management.given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void corsAllowsOnlyConfiguredOrigins() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PATCH")
                .options("/api/v1/members/me").then()
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
        given().header("Origin", "https://evil.example.net").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/members/me").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void responsesAnnounceTheRateLimit() {
        given().get("/api/v1/privacy-policy").then().statusCode(200)
                .header("RateLimit-Limit", notNullValue())
                .header("RateLimit-Remaining", notNullValue())
                .header("RateLimit-Reset", notNullValue());
    }

    @Test
    void aPresentedButInvalidTokenIsRefusedEvenOnPublicEndpoints() {
        given().auth().oauth2("forged.token.value").get("/api/v1/privacy-policy").then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void controlCharactersAreRefusedInText() {
        Api.Session member = Api.activeMember();
        member.as().contentType(Api.MERGE_PATCH).body(Map.of("headline", "bell\u0007"))
                .patch("/api/v1/members/me").then().statusCode(400).body("errors[0].field", equalTo("headline"));
        member.as().contentType(Api.MERGE_PATCH).body(Map.of("bio", "一行目\n二行目\tタブ"))
                .patch("/api/v1/members/me").then().statusCode(200).body("bio", equalTo("一行目\n二行目\tタブ"));
        var registration = Api.registration(Api.uniqueEmail("ctl"));
        registration.put("fullName", "Null\u0000Byte");
        given().contentType(ContentType.JSON).body(registration).post("/api/v1/auth/register").then()
                .statusCode(400).body("errors[0].field", equalTo("fullName"));
    }
}
