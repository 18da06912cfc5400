package app.alumni.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class AccessControlTest {

    @Test
    void missingTokenIs401WithAChallenge() {
        given().header("Accept-Language", "en").get("/api/v1/members/me").then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .contentType("application/problem+json")
                .body("type", equalTo("urn:alumni:problem:unauthenticated"));
        given().get("/api/v1/members").then().statusCode(401);
        given().get("/api/v1/admin/registrations").then().statusCode(401);
    }

    @Test
    void expiredTokenIs401() {
        Api.Session member = Api.activeMember();
        String expired = Jwt.issuer("alumni-api").audience("alumni-api").subject(member.id()).groups(Set.of("ALUMNUS"))
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(1800)).sign();
        given().auth().oauth2(expired).get("/api/v1/members/me").then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer error=\"invalid_token\""))
                .body("type", equalTo("urn:alumni:problem:unauthenticated"));
    }

    @Test
    void tokenSignedWithAnotherKeyIs401() throws Exception {
        Api.Session member = Api.activeMember();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair foreign = generator.generateKeyPair();
        String forged = Jwt.issuer("alumni-api").audience("alumni-api").subject(member.id()).groups(Set.of("HR_ADMIN"))
                .expiresIn(600).sign(foreign.getPrivate());
        given().auth().oauth2(forged).get("/api/v1/members/me").then().statusCode(401);
        given().auth().oauth2(forged).get("/api/v1/admin/registrations").then().statusCode(401);
        given().auth().oauth2("not.a.jwt").get("/api/v1/members/me").then().statusCode(401);
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        Api.Session member = Api.activeMember();
        String token = Jwt.issuer("alumni-api").audience("some-other-service").subject(member.id()).expiresIn(600).sign();
        given().auth().oauth2(token).get("/api/v1/members/me").then().statusCode(401);
    }

    @Test
    void rolesComeFromTheAccountNotFromTheToken() {
        // A validly signed token claiming HR_ADMIN for an ordinary member grants nothing more.
        // (Signed with the service's own key, naming it, and belonging to the member's real sign-in.)
        Api.Session member = Api.activeMember();
        String[] genuine = member.accessToken().split("\\.");
        String kid = new String(Base64.getUrlDecoder().decode(genuine[0])).replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
        String sid = new String(Base64.getUrlDecoder().decode(genuine[1])).replaceAll(".*\"sid\":\"([^\"]+)\".*", "$1");
        String token = Jwt.issuer("alumni-api").audience("alumni-api").subject(member.id()).groups(Set.of("HR_ADMIN"))
                .claim("sid", sid).expiresIn(600).jws().keyId(kid).sign();
        given().auth().oauth2(token).get("/api/v1/members/me").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/admin/registrations").then().statusCode(403);
    }

    @Test
    void pendingMembersKeepTheirProfileButNotTheCommunity() {
        Api.Session pending = Api.pendingMember();
        pending.as().get("/api/v1/members/me").then().statusCode(200).body("status", equalTo("PENDING"));
        pending.as().contentType(Api.MERGE_PATCH).body(Map.of("headline", "はじめまして"))
                .patch("/api/v1/members/me").then().statusCode(200).body("headline", equalTo("はじめまして"));
        pending.as().get("/api/v1/members").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:alumni:problem:account-not-active"));
        Api.Session active = Api.activeMember();
        pending.as().get("/api/v1/members/" + active.id()).then().statusCode(403)
                .body("type", equalTo("urn:alumni:problem:account-not-active"));
        pending.as().get("/api/v1/admin/registrations").then().statusCode(403);
    }

    @Test
    void suspensionStopsIssuedTokensAtOnce() {
        Api.Session member = Api.activeMember();
        member.as().get("/api/v1/members").then().statusCode(200);
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED"))
                .patch("/api/v1/admin/members/" + member.id()).then().statusCode(200).body("status", equalTo("SUSPENDED"));
        member.as().get("/api/v1/members").then().statusCode(401);
        member.as().get("/api/v1/members/me").then().statusCode(401);
        Api.login(member.email(), Api.PASSWORD).then().statusCode(403)
                .body("type", equalTo("urn:alumni:problem:account-disabled"));
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", member.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(401);
        // Reactivated: signs in again (old sign-ins stay ended).
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                .patch("/api/v1/admin/members/" + member.id()).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", member.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(401);
        Api.signIn(member.email(), Api.PASSWORD).as().get("/api/v1/members").then().statusCode(200);
    }

    @Test
    void rejectedApplicantsCannotSignIn() {
        var registration = Api.registration(Api.uniqueEmail("rejected"));
        Api.Session pending = Api.pendingMember(registration);
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("reason", "在籍記録を確認できませんでした。"))
                .post("/api/v1/admin/registrations/" + pending.id() + "/reject").then().statusCode(200);
        pending.as().get("/api/v1/members/me").then().statusCode(401);
        Api.login(pending.email(), Api.PASSWORD).then().statusCode(403)
                .body("type", equalTo("urn:alumni:problem:account-disabled"));
    }

    @Test
    void errorsNeverCarryInternals() {
        given().header("Accept-Language", "en").get("/api/v1/no-such-endpoint").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:alumni:problem:not-found"));
        Api.Session member = Api.activeMember();
        member.as().get("/api/v1/members/not-a-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
        given().contentType(ContentType.JSON).delete("/api/v1/auth/login").then().statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void everyResponseCarriesACorrelationId() {
        given().header("X-Request-Id", "test-correlation-123").get("/api/v1/members/me").then()
                .statusCode(401)
                .header("X-Request-Id", equalTo("test-correlation-123"))
                .body("correlationId", equalTo("test-correlation-123"));
        given().get("/api/v1/privacy-policy").then().statusCode(200).header("X-Request-Id", notNullValue());
    }
}
