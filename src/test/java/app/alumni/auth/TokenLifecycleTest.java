package app.alumni.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import app.alumni.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class TokenLifecycleTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void anAuthenticatedRequestChecksItsSignInAndAccountInOneStatement() {
        Api.Session member = Api.activeMember();
        long anonymous = Statements.of(entityManagerFactory, () -> given().get("/api/v1/privacy-policy").then()
                .statusCode(200));
        long signedIn = Statements.of(entityManagerFactory, () -> member.as().get("/api/v1/privacy-policy").then().statusCode(200));
        assertThat(signedIn - anonymous).isEqualTo(1);
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        Api.Session member = Api.activeMember();
        Response first = refresh(member.refreshToken());
        first.then().statusCode(200).body("refreshToken", not(equalTo(member.refreshToken())));
        given().auth().oauth2((String) first.path("accessToken")).get("/api/v1/members/me").then().statusCode(200)
                .body("id", equalTo(member.id()));
        refresh(first.path("refreshToken")).then().statusCode(200);
    }

    @Test
    void reusingARefreshTokenRevokesItsWholeFamily() {
        Api.Session member = Api.activeMember();
        String rotated = refresh(member.refreshToken()).then().statusCode(200).extract().path("refreshToken");
        // The original is presented again: a thief or a replay. Both it and its successor stop working.
        refresh(member.refreshToken()).then().statusCode(401)
                .body("type", equalTo("urn:alumni:problem:invalid-refresh-token"));
        refresh(rotated).then().statusCode(401);
        // Another sign-in of the same member is a different family and still works.
        Api.Session again = Api.signIn(member.email(), Api.PASSWORD);
        refresh(again.refreshToken()).then().statusCode(200);
    }

    @Test
    void twoConcurrentRefreshesWithOneTokenEndTheSignIn() throws Exception {
        Api.Session member = Api.activeMember();
        List<Response> answers = Concurrently.run(2, 2, i -> refresh(member.refreshToken()));
        Response a = answers.get(0);
        Response b = answers.get(1);
        assertThat(List.of(a.statusCode(), b.statusCode())).containsExactlyInAnyOrder(200, 401);
        // The second use was a reuse: even the token the winner received is revoked.
        String issued = a.statusCode() == 200 ? a.path("refreshToken") : b.path("refreshToken");
        refresh(issued).then().statusCode(401);
    }

    @Test
    void unknownRefreshTokensAreRefused() {
        refresh("no-such-token").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/auth/refresh").then()
                .statusCode(400).body("errors[0].field", equalTo("refreshToken"));
    }

    @Test
    void logoutEndsTheSignInAndItsAccessTokenAtOnce() {
        Api.Session member = Api.activeMember();
        Api.Session otherDevice = Api.signIn(member.email(), Api.PASSWORD);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", member.refreshToken()))
                .post("/api/v1/auth/logout").then().statusCode(204);
        refresh(member.refreshToken()).then().statusCode(401);
        // The access token of that sign-in is refused although it has not expired; other sign-ins go on.
        member.as().get("/api/v1/members/me").then().statusCode(401).header("WWW-Authenticate", containsString("invalid_token"));
        otherDevice.as().get("/api/v1/members/me").then().statusCode(200);
        // Idempotent, and silent about unknown tokens.
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", member.refreshToken()))
                .post("/api/v1/auth/logout").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", "unknown"))
                .post("/api/v1/auth/logout").then().statusCode(204);
    }

    @Test
    void changingThePasswordEndsEveryOtherSignIn() {
        Api.Session member = Api.activeMember();
        Api.Session otherDevice = Api.signIn(member.email(), Api.PASSWORD);
        member.as().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", "a-brand-new-passphrase"))
                .put("/api/v1/members/me/password").then().statusCode(204);
        // The other device is signed out at once, refresh and access token alike; this one goes on.
        refresh(otherDevice.refreshToken()).then().statusCode(401);
        otherDevice.as().get("/api/v1/members/me").then().statusCode(401);
        member.as().get("/api/v1/members/me").then().statusCode(200);
        refresh(member.refreshToken()).then().statusCode(200);
        Api.login(member.email(), Api.PASSWORD).then().statusCode(401);
        Api.login(member.email(), "a-brand-new-passphrase").then().statusCode(200);
    }

    @Test
    void passwordChangeChecksTheCurrentPasswordAndTheRules() {
        Api.Session member = Api.activeMember();
        member.as().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "not-my-password", "newPassword", "a-brand-new-passphrase"))
                .put("/api/v1/members/me/password").then().statusCode(400)
                .body("errors[0].field", equalTo("currentPassword"));
        member.as().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", "short"))
                .put("/api/v1/members/me/password").then().statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));
        member.as().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", member.email()))
                .put("/api/v1/members/me/password").then().statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));
        // Ten spaces, or one character repeated, are not passwords.
        for (String weak : new String[] { "          ", "aaaaaaaaaaaa", "abababababab" }) {
            member.as().contentType(ContentType.JSON)
                    .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", weak))
                    .put("/api/v1/members/me/password").then().statusCode(400)
                    .body("errors[0].field", equalTo("newPassword"));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", "a-brand-new-passphrase"))
                .put("/api/v1/members/me/password").then().statusCode(401);
        // A pending member may change their password too.
        Api.Session pending = Api.pendingMember();
        pending.as().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", "a-brand-new-passphrase"))
                .put("/api/v1/members/me/password").then().statusCode(204);
    }

    private static Response refresh(String token) {
        return given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("refreshToken", token)).post("/api/v1/auth/refresh");
    }
}
