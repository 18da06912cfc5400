package app.alumni.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import app.alumni.support.Api;
import app.alumni.support.Mails;
import app.alumni.support.Smtp;
import app.alumni.support.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = Smtp.class, scope = TestResourceScope.GLOBAL)
class PasswordResetTest {

    private static final String SUBJECT = "【アルムナイコミュニティ】パスワードの再設定";
    private static final String NEW_PASSWORD = "hoshi-no-umi-2026";

    @Smtp.Server
    GreenMail smtp;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Response ask(String email, String clientAddress) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", clientAddress).header("Accept-Language", "en")
                .body(Map.of("email", email)).post("/api/v1/auth/password-reset");
    }

    private static Response confirm(String token, String newPassword) {
        return given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("token", token, "newPassword", newPassword)).post("/api/v1/auth/password-reset/confirm");
    }

    @Test
    void aMailedLinkSetsANewPasswordAndEndsEverySignIn() {
        Api.Session member = Api.activeMember();
        ask(member.email(), Api.randomAddress()).then().statusCode(202);
        MimeMessage mail = Mails.awaitSubject(smtp, member.email(), SUBJECT);
        assertThat(Mails.text(mail)).contains("https://app.alumni.example.com/reset-password?token=").contains("30 分間");
        String token = Mails.token(mail);

        confirm(token, NEW_PASSWORD).then().statusCode(204);

        // Every earlier sign-in is over: its access token and its refresh token.
        member.as().get("/api/v1/members/me").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", member.refreshToken())).post("/api/v1/auth/refresh").then()
                .statusCode(401);
        Api.login(member.email(), Api.PASSWORD).then().statusCode(401);
        Api.login(member.email(), NEW_PASSWORD).then().statusCode(200);
        // Single use.
        confirm(token, "another-password-2026").then().statusCode(400).body("errors.field", contains("token"));
    }

    @Test
    void unknownAddressesGetTheSameAnswerAndNoMail() {
        String nobody = Api.uniqueEmail("nobody");
        Response answer = ask(nobody, Api.randomAddress());
        answer.then().statusCode(202);
        assertThat(answer.body().asString()).isEmpty();
        assertThat(Mails.settled(smtp, nobody)).isEmpty();
        ask("not-an-address", Api.randomAddress()).then().statusCode(202);
        ask("", Api.randomAddress()).then().statusCode(400).body("errors.field", contains("email"));
    }

    @Test
    void aLinkExpiresAfterThirtyMinutes() {
        Api.Session member = Api.activeMember();
        ask(member.email(), Api.randomAddress()).then().statusCode(202);
        String token = Mails.token(Mails.awaitSubject(smtp, member.email(), SUBJECT));
        clock.advance(Duration.ofMinutes(31));
        confirm(token, NEW_PASSWORD).then().statusCode(400).body("errors[0].message", equalTo("has expired; ask for a new link"));
        Api.login(member.email(), Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void aRefusedPasswordLeavesTheLinkUsable() {
        Api.Session member = Api.activeMember();
        ask(member.email(), Api.randomAddress()).then().statusCode(202);
        String token = Mails.token(Mails.awaitSubject(smtp, member.email(), SUBJECT));
        confirm(token, "short").then().statusCode(400).body("errors.field", contains("newPassword"));
        confirm(token, NEW_PASSWORD).then().statusCode(204);
        confirm("no-such-token", NEW_PASSWORD).then().statusCode(400).body("errors.field", contains("token"));
    }

    @Test
    void anAccountGetsAtMostThreeLinksAnHour() {
        Api.Session member = Api.activeMember();
        for (int i = 0; i < 5; i++) {
            ask(member.email(), Api.randomAddress()).then().statusCode(202);
        }
        assertThat(Mails.await(smtp, member.email(), 2 + 3)).hasSize(5);
        assertThat(Mails.settled(smtp, member.email()).stream().filter(m -> Mails.subject(m).equals(SUBJECT))).hasSize(3);
    }

    @Test
    void oneClientAddressIsLimitedPerHour() {
        String address = Api.randomAddress();
        for (int i = 0; i < 20; i++) {
            ask(Api.uniqueEmail("flood"), address).then().statusCode(202);
        }
        ask(Api.uniqueEmail("flood"), address).then().statusCode(429).header("Retry-After", notNullValue())
                .body("type", equalTo("urn:alumni:problem:too-many-requests"));
        ask(Api.uniqueEmail("flood"), Api.randomAddress()).then().statusCode(202);
    }
}
