package app.alumni.member;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import app.alumni.support.Mails;
import app.alumni.support.Smtp;
import app.alumni.support.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Address verification, address change and HR's decisions, read back from a real SMTP server. */
@QuarkusTest
@WithTestResource(value = Smtp.class, scope = TestResourceScope.GLOBAL)
class AccountMailTest {

    @Smtp.Server
    GreenMail smtp;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Response verify(String token) {
        return given().contentType(ContentType.JSON).header("Accept-Language", "en").body(Map.of("token", token))
                .post("/api/v1/auth/verify-email");
    }

    @Test
    void registrationMailsAVerificationLinkInTheMembersLanguage() throws Exception {
        String email = Api.uniqueEmail("verify");
        String id = Api.registered(Api.registration(email));

        MimeMessage mail = Mails.awaitNth(smtp, email, 1);
        assertThat(Mails.subject(mail)).isEqualTo("【アルムナイコミュニティ】メールアドレスの確認");
        // Non-ASCII subjects travel MIME-encoded (RFC 2047).
        assertThat(mail.getHeader("Subject")[0]).startsWith("=?");
        assertThat(Mails.text(mail)).contains("花子 さん").contains("https://app.alumni.example.com/verify-email?token=");
        assertThat(Mails.html(mail)).contains("href=\"https://app.alumni.example.com/verify-email?token=" + Mails.token(mail) + "\"");
        assertThat(mail.getFrom()[0].toString()).contains("noreply@localhost");
        // Transactional: no unsubscribe header.
        assertThat(mail.getHeader("List-Unsubscribe")).isNull();

        Api.Session hr = Api.admin();
        hr.as().queryParam("emailVerified", false).queryParam("limit", 100).get("/api/v1/admin/registrations").then().statusCode(200)
                .body("items.id", hasItem(id));

        verify(Mails.token(mail)).then().statusCode(204);

        hr.as().queryParam("emailVerified", true).queryParam("limit", 100).get("/api/v1/admin/registrations").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.emailVerified", equalTo(true));
        hr.as().queryParam("emailVerified", false).queryParam("limit", 100).get("/api/v1/admin/registrations").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        // A link works once.
        verify(Mails.token(mail)).then().statusCode(400).body("errors.field", contains("token"));
    }

    @Test
    void anEnglishSpeakingApplicantGetsEnglishMail() {
        String email = Api.uniqueEmail("verify-en");
        Map<String, Object> registration = Api.registration(email);
        registration.put("preferredLanguage", "en");
        Api.registered(registration);
        MimeMessage mail = Mails.awaitNth(smtp, email, 1);
        assertThat(Mails.subject(mail)).isEqualTo("Confirm your e-mail address for the alumni community");
        assertThat(Mails.text(mail)).startsWith("Hello 花子,");
    }

    @Test
    void resendingReplacesTheEarlierLinkWithinAnHourlyBudget() {
        String email = Api.uniqueEmail("resend");
        Api.Session pending = Api.pendingMember(Api.registration(email));
        String first = Mails.token(Mails.awaitNth(smtp, email, 1));

        pending.as().post("/api/v1/auth/verify-email/resend").then().statusCode(202);
        String second = Mails.token(Mails.awaitNth(smtp, email, 2));
        assertThat(second).isNotEqualTo(first);
        verify(first).then().statusCode(400).body("errors[0].message", equalTo(
                "is not a valid link: it is unknown, already used, or replaced by a newer one"));

        // The registration's mail and four resends make five an hour; the sixth is refused.
        for (int i = 0; i < 3; i++) {
            pending.as().post("/api/v1/auth/verify-email/resend").then().statusCode(202);
        }
        pending.as().post("/api/v1/auth/verify-email/resend").then().statusCode(429).header("Retry-After", equalTo("3600"));

        // Of the five links, only the newest works.
        List<Integer> statuses = Mails.await(smtp, email, 5).stream().map(m -> verify(Mails.token(m)).statusCode()).toList();
        assertThat(statuses).containsOnlyOnce(204).containsOnly(204, 400);
        pending.as().post("/api/v1/auth/verify-email/resend").then().statusCode(409)
                .body("type", equalTo("urn:alumni:problem:invalid-state"));
        given().post("/api/v1/auth/verify-email/resend").then().statusCode(401);
    }

    @Test
    void aVerificationLinkExpiresAfterThreeDays() {
        String email = Api.uniqueEmail("expiry");
        Api.registered(Api.registration(email));
        String token = Mails.token(Mails.awaitNth(smtp, email, 1));
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        verify(token).then().statusCode(400).body("errors[0].field", equalTo("token"))
                .body("errors[0].message", equalTo("has expired; ask for a new link"));
        verify("").then().statusCode(400).body("errors.field", contains("token"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/auth/verify-email").then().statusCode(400)
                .body("errors.field", contains("token"));
    }

    @Test
    void oneLinkUsedTwiceAtOnceSucceedsOnce() throws Exception {
        String email = Api.uniqueEmail("twice");
        Api.registered(Api.registration(email));
        String token = Mails.token(Mails.awaitNth(smtp, email, 1));
        List<Integer> statuses = Concurrently.run(4, 4, i -> verify(token).statusCode());
        assertThat(statuses).containsOnlyOnce(204).containsOnly(204, 400);
    }

    @Test
    void changingTheAddressWaitsForTheNewAddressAndTellsTheOldOne() {
        String oldEmail = Api.uniqueEmail("old");
        Api.Session member = Api.activeMember(Api.registration(oldEmail));
        String newEmail = Api.uniqueEmail("new");

        member.as().contentType(ContentType.JSON).body(Map.of("newEmail", newEmail, "password", Api.PASSWORD))
                .post("/api/v1/members/me/email").then().statusCode(202);
        MimeMessage confirm = Mails.awaitNth(smtp, newEmail, 1);
        assertThat(Mails.subject(confirm)).isEqualTo("【アルムナイコミュニティ】新しいメールアドレスの確認");
        assertThat(Mails.text(confirm)).contains(newEmail);
        // Nothing changes until the new address confirms.
        member.as().get("/api/v1/members/me").then().statusCode(200).body("email", equalTo(oldEmail));

        verify(Mails.token(confirm)).then().statusCode(204);
        member.as().get("/api/v1/members/me").then().statusCode(200).body("email", equalTo(newEmail))
                .body("emailVerified", equalTo(true));
        Api.login(newEmail, Api.PASSWORD).then().statusCode(200);
        Api.login(oldEmail, Api.PASSWORD).then().statusCode(401);

        MimeMessage told = Mails.awaitSubject(smtp, oldEmail, "【アルムナイコミュニティ】メールアドレスが変更されました");
        // The old address learns where the account went, not the whole new address.
        assertThat(Mails.text(told)).contains("n***@example.com").doesNotContain(newEmail);
    }

    @Test
    void anAddressChangeIsRefusedWithReasons() {
        String email = Api.uniqueEmail("change");
        Api.Session member = Api.activeMember(Api.registration(email));
        String taken = Api.uniqueEmail("taken");
        Api.registered(Api.registration(taken));

        member.as().contentType(ContentType.JSON).body(Map.of("newEmail", Api.uniqueEmail("x"), "password", "wrong-password-123"))
                .post("/api/v1/members/me/email").then().statusCode(400).body("errors.field", contains("password"));
        member.as().contentType(ContentType.JSON).body(Map.of("newEmail", email.toUpperCase(), "password", Api.PASSWORD))
                .post("/api/v1/members/me/email").then().statusCode(400).body("errors.field", contains("newEmail"));
        member.as().contentType(ContentType.JSON).body(Map.of("newEmail", "not-an-address", "password", Api.PASSWORD))
                .post("/api/v1/members/me/email").then().statusCode(400).body("errors.field", contains("newEmail"));
        member.as().contentType(ContentType.JSON).body(Map.of("newEmail", taken, "password", Api.PASSWORD))
                .post("/api/v1/members/me/email").then().statusCode(409)
                .body("type", equalTo("urn:alumni:problem:email-already-registered"));
        given().contentType(ContentType.JSON).body(Map.of("newEmail", taken, "password", Api.PASSWORD))
                .post("/api/v1/members/me/email").then().statusCode(401);
    }

    @Test
    void anAddressTakenMeanwhileIsAConflictAtConfirmation() {
        Api.Session member = Api.activeMember();
        String wanted = Api.uniqueEmail("wanted");
        member.as().contentType(ContentType.JSON).body(Map.of("newEmail", wanted, "password", Api.PASSWORD))
                .post("/api/v1/members/me/email").then().statusCode(202);
        String token = Mails.token(Mails.awaitNth(smtp, wanted, 1));
        Api.registered(Api.registration(wanted));

        verify(token).then().statusCode(409).body("type", equalTo("urn:alumni:problem:email-already-registered"));
        member.as().get("/api/v1/members/me").then().statusCode(200).body("email", equalTo(member.email()));
    }

    @Test
    void hrDecisionsAreMailedToTheApplicant() {
        Api.Session hr = Api.admin();
        String approvedEmail = Api.uniqueEmail("approved");
        String approved = Api.registered(Api.registration(approvedEmail));
        hr.as().post("/api/v1/admin/registrations/" + approved + "/approve").then().statusCode(200);
        MimeMessage welcome = Mails.awaitSubject(smtp, approvedEmail, "【アルムナイコミュニティ】登録が承認されました");
        assertThat(Mails.text(welcome)).contains("https://app.alumni.example.com/");

        String rejectedEmail = Api.uniqueEmail("rejected");
        String rejected = Api.registered(Api.registration(rejectedEmail));
        hr.as().contentType(ContentType.JSON).body(Map.of("reason", "在籍記録を確認できませんでした。"))
                .post("/api/v1/admin/registrations/" + rejected + "/reject").then().statusCode(200);
        MimeMessage refusal = Mails.awaitSubject(smtp, rejectedEmail, "【アルムナイコミュニティ】ご登録について");
        assertThat(Mails.text(refusal)).contains("理由：在籍記録を確認できませんでした。");
        // HTML is escaped: a reason is text, never markup.
        String markupEmail = Api.uniqueEmail("markup");
        String markup = Api.registered(Api.registration(markupEmail));
        hr.as().contentType(ContentType.JSON).body(Map.of("reason", "<b>no</b>"))
                .post("/api/v1/admin/registrations/" + markup + "/reject").then().statusCode(200);
        assertThat(Mails.html(Mails.awaitSubject(smtp, markupEmail, "【アルムナイコミュニティ】ご登録について")))
                .contains("&lt;b&gt;no&lt;/b&gt;").doesNotContain("<b>no</b>");

        // Approving again changes nothing and mails nothing.
        hr.as().post("/api/v1/admin/registrations/" + approved + "/approve").then().statusCode(200);
        assertThat(Mails.settled(smtp, approvedEmail)).hasSize(2);
    }
}
