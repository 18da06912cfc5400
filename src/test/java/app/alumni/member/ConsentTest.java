package app.alumni.member;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A new privacy policy version closes the community to each member until they accept it, and keeps what they
 * accepted when. In a schema of its own: a version published here would otherwise bind every other test's members.
 */
@QuarkusTest
@TestProfile(ConsentTest.OwnSchema.class)
class ConsentTest {

    public static class OwnSchema implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("alumni.db.schema", "alumni_consent_test");
        }
    }

    private static final String NEXT = "2026-12-01";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> version(String version, Instant effectiveAt) {
        return Map.of("version", version, "effectiveAt", effectiveAt.toString(),
                "text", Map.of("ja", "# プライバシーポリシー（改定版）", "en", "# Privacy policy (revised)"));
    }

    @Test
    void aNewVersionMustBeAcceptedBeforeTheCommunityOpensAgain() {
        Api.Session hr = Api.admin();
        Api.Session member = Api.activeMember();
        given().get("/api/v1/privacy-policy/versions").then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].version", equalTo(Api.POLICY_VERSION)).body("items[0].current", equalTo(true));
        member.as().get("/api/v1/members/me/consents").then().statusCode(200).body("items.policyVersion", equalTo(List.of(
                Api.POLICY_VERSION)));

        // HR publishes the next version, in effect in an hour.
        Instant effective = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        hr.as().contentType(ContentType.JSON).body(version(NEXT, effective)).post("/api/v1/admin/privacy-policy/versions").then()
                .statusCode(201).header("Location", containsString("/api/v1/privacy-policy/versions/" + NEXT))
                .body("current", equalTo(false)).body("text.ja", equalTo("# プライバシーポリシー（改定版）"));
        hr.as().contentType(ContentType.JSON).body(version(NEXT, effective.plusSeconds(60))).post("/api/v1/admin/privacy-policy/versions")
                .then().statusCode(409);
        hr.as().contentType(ContentType.JSON).body(version("other", effective)).post("/api/v1/admin/privacy-policy/versions").then()
                .statusCode(409);
        hr.as().contentType(ContentType.JSON).body(version("past", Instant.now().minus(1, ChronoUnit.DAYS)))
                .post("/api/v1/admin/privacy-policy/versions").then().statusCode(400).body("errors.field", hasItem("effectiveAt"));
        hr.as().contentType(ContentType.JSON).body(Map.of("version", "x y", "effectiveAt", effective.plusSeconds(5).toString(),
                "text", Map.of("ja", ""))).post("/api/v1/admin/privacy-policy/versions").then().statusCode(400)
                .body("errors.field", hasItem("version")).body("errors.field", hasItem("text.en"));
        member.as().contentType(ContentType.JSON).body(version("mine", effective.plusSeconds(9)))
                .post("/api/v1/admin/privacy-policy/versions")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(version("anon", effective.plusSeconds(9))).post("/api/v1/admin/privacy-policy/versions")
                .then().statusCode(401);
        JsonPath versions = given().get("/api/v1/privacy-policy/versions").then().statusCode(200).extract().jsonPath();
        assertThat(versions.getList("items.version")).containsExactly(NEXT, Api.POLICY_VERSION);
        assertThat(versions.getList("items.current")).containsExactly(false, true);
        given().get("/api/v1/privacy-policy/versions/" + NEXT).then().statusCode(200)
                .body("text.en", equalTo("# Privacy policy (revised)"));
        given().get("/api/v1/privacy-policy/versions/nothing").then().statusCode(404);
        member.as().get("/api/v1/posts").then().statusCode(200);

        // It takes effect: the community closes to whoever has not accepted it, HR included; their own account stays open.
        clock.advance(Duration.ofHours(2));
        given().get("/api/v1/privacy-policy").then().statusCode(200).body("version", equalTo(NEXT));
        member.as().get("/api/v1/posts").then().statusCode(403).body("type", equalTo("urn:alumni:problem:consent-required"))
                .body("detail", containsString(NEXT));
        hr.as().get("/api/v1/admin/registrations").then().statusCode(403).body("type", equalTo("urn:alumni:problem:consent-required"));
        member.as().get("/api/v1/members/me").then().statusCode(200);
        member.as().get("/api/v1/members/me/access-log").then().statusCode(200);
        member.as().contentType(ContentType.JSON).body(Map.of("policyVersion", Api.POLICY_VERSION)).post("/api/v1/members/me/consents")
                .then().statusCode(400).body("errors.field", hasItem("policyVersion"));

        member.as().contentType(ContentType.JSON).body(Map.of("policyVersion", NEXT)).post("/api/v1/members/me/consents").then()
                .statusCode(201).body("policyVersion", equalTo(NEXT));
        String acceptedAt = member.as().contentType(ContentType.JSON).body(Map.of("policyVersion", NEXT))
                .post("/api/v1/members/me/consents")
                .then().statusCode(200).extract().path("acceptedAt");
        member.as().get("/api/v1/posts").then().statusCode(200);
        JsonPath consents = member.as().get("/api/v1/members/me/consents").then().statusCode(200).extract().jsonPath();
        assertThat(consents.getList("items.policyVersion")).containsExactly(NEXT, Api.POLICY_VERSION);
        assertThat(consents.getString("items[0].acceptedAt")).isEqualTo(acceptedAt);

        // Registration names the version in effect, and its consent is on record.
        Map<String, Object> registration = Api.registration(Api.uniqueEmail("late"));
        Api.register(registration).then().statusCode(400).body("errors.field", hasItem("acceptedPrivacyPolicyVersion"));
        registration.put("acceptedPrivacyPolicyVersion", NEXT);
        Api.Session pending = Api.pendingMember(registration);
        pending.as().get("/api/v1/members/me/consents").then().statusCode(200).body("items.policyVersion", equalTo(List.of(NEXT)));
        given().get("/api/v1/members/me/consents").then().statusCode(401);
        hr.as().contentType(ContentType.JSON).body(Map.of("policyVersion", NEXT)).post("/api/v1/members/me/consents").then()
                .statusCode(201);
        hr.as().get("/api/v1/admin/registrations").then().statusCode(200);
        Api.client("members:read").as().get("/api/v1/members/me/consents").then().statusCode(403);
    }
}
