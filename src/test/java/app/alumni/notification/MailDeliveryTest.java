package app.alumni.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import app.alumni.common.Times;
import app.alumni.member.Member;
import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import app.alumni.support.Mails;
import app.alumni.support.Smtp;
import app.alumni.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The outbox against a real SMTP server: retries while it is down, give-up and HR's retry, and no double sending. */
@QuarkusTest
@WithTestResource(value = Smtp.class, scope = TestResourceScope.GLOBAL)
class MailDeliveryTest {

    private static final String RESET = "reset-password";

    @Smtp.Server
    GreenMail smtp;

    @Inject
    TestClock clock;

    @Inject
    MailDelivery delivery;

    @AfterEach
    void restore() {
        clock.reset();
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    private static List<Map<String, Object>> outbox(Api.Session hr, String status) {
        return hr.as().queryParam("status", status).queryParam("limit", 100).get("/api/v1/admin/outbox").then().statusCode(200)
                .extract().path("items");
    }

    private static Map<String, Object> awaitOutbox(Api.Session hr, String status, Predicate<Map<String, Object>> which) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            for (Map<String, Object> m : outbox(hr, status)) {
                if (which.test(m)) {
                    return m;
                }
            }
            pause();
        }
        throw new AssertionError("no such " + status + " message");
    }

    private static void askForReset(String email) {
        given().contentType(ContentType.JSON).header("X-Forwarded-For", Api.randomAddress()).body(Map.of("email", email))
                .post("/api/v1/auth/password-reset").then().statusCode(202);
    }

    /**
     * The new member's two account mails. The SMTP server another test restarted may not answer the first attempt in
     * time: it is retried a minute later on the service's clock, advanced here rather than waited for.
     */
    private void awaitAccountMails(Api.Session member) {
        try {
            Mails.await(smtp, member.email(), 2);
        } catch (AssertionError firstAttemptFailed) {
            clock.advance(Duration.ofMinutes(2));
            delivery.drain();
            Mails.await(smtp, member.email(), 2);
            clock.reset();
        }
    }

    @Test
    void mailWaitsWhileTheSmtpServerIsDownAndGoesOutOnceWhenItIsBack() {
        Api.Session hr = Api.admin();
        Api.Session member = Api.activeMember();
        awaitAccountMails(member);
        smtp.stop();

        askForReset(member.email());
        Map<String, Object> waiting = awaitOutbox(hr, "PENDING",
                m -> member.email().equals(m.get("recipient")) && RESET.equals(m.get("template")) && (int) m.get("attempts") == 1);
        assertThat((String) waiting.get("lastError")).isNotBlank();
        assertThat(waiting.get("nextAttemptAt")).isNotNull();
        assertThat(waiting).doesNotContainKeys("params", "token");

        smtp.start();
        // Nothing is sent before the retry is due; then the poll sends it, once.
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        Mails.awaitSubject(smtp, member.email(), "【アルムナイコミュニティ】パスワードの再設定");
        Map<String, Object> sent = awaitOutbox(hr, "SENT", m -> m.get("id").equals(waiting.get("id")));
        assertThat(sent.get("attempts")).isEqualTo(2);
        assertThat(sent.get("nextAttemptAt")).isNull();
        assertThat(Mails.settled(smtp, member.email()).stream().filter(m -> Mails.subject(m).contains("パスワード"))).hasSize(1);
    }

    @Test
    void afterTheLastRetryHrSeesTheFailureAndCanSendItAgain() {
        Api.Session hr = Api.admin();
        Api.Session member = Api.activeMember();
        awaitAccountMails(member);
        smtp.stop();

        askForReset(member.email());
        Predicate<Map<String, Object>> ours = m -> member.email().equals(m.get("recipient")) && RESET.equals(m.get("template"));
        awaitOutbox(hr, "PENDING", ours.and(m -> (int) m.get("attempts") == 1));
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        awaitOutbox(hr, "PENDING", ours.and(m -> (int) m.get("attempts") == 2));
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        Map<String, Object> failed = awaitOutbox(hr, "FAILED", ours);
        assertThat(failed.get("attempts")).isEqualTo(3);

        smtp.start();
        String id = (String) failed.get("id");
        Api.Session other = Api.activeMember();
        other.as().post("/api/v1/admin/outbox/" + id + "/retry").then().statusCode(403);
        given().post("/api/v1/admin/outbox/" + id + "/retry").then().statusCode(401);
        hr.as().post("/api/v1/admin/outbox/" + UUID.randomUUID() + "/retry").then().statusCode(404);
        hr.as().post("/api/v1/admin/outbox/" + id + "/retry").then().statusCode(200).body("status", equalTo("PENDING"))
                .body("attempts", equalTo(0));
        Mails.awaitSubject(smtp, member.email(), "【アルムナイコミュニティ】パスワードの再設定");
        awaitOutbox(hr, "SENT", m -> m.get("id").equals(id));
        hr.as().header("Accept-Language", "en").post("/api/v1/admin/outbox/" + id + "/retry").then().statusCode(409)
                .body("detail", equalTo("Only a failed mail can be sent again (this one is SENT)."));

        other.as().get("/api/v1/admin/outbox").then().statusCode(403);
        given().get("/api/v1/admin/outbox").then().statusCode(401);
        hr.as().queryParam("status", "LOST").get("/api/v1/admin/outbox").then().statusCode(400);
    }

    @Test
    void concurrentWorkersNeverSendOneMessageTwice() throws Exception {
        Api.Session member = Api.activeMember();
        UUID memberId = UUID.fromString(member.id());
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            recipients.add(Api.uniqueEmail("worker"));
        }
        // Written without waking the worker: the racing workers below find them all due at once.
        QuarkusTransaction.requiringNew().run(() -> {
            Member m = Member.findById(memberId);
            for (String to : recipients) {
                OutboxMessage.enqueue("registration-approved", m.id, to, "en", Map.of("name", m.displayName), Times.now(clock));
            }
        });
        Concurrently.run(4, 4, i -> {
            int claimed;
            do {
                claimed = delivery.deliverDue();
            } while (claimed > 0);
            return claimed;
        });
        for (String to : recipients) {
            assertThat(Mails.await(smtp, to, 1)).hasSize(1);
        }
        for (String to : recipients) {
            assertThat(Mails.to(smtp, to)).as(to).hasSize(1);
        }
        long sentOnce = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count(
                "recipient in ?1 and status = ?2 and attempts = 1", recipients, OutboxMessage.Status.SENT));
        assertThat(sentOnce).isEqualTo(40);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
