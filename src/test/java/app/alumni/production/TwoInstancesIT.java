package app.alumni.production;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import app.alumni.support.Concurrently;
import app.alumni.support.Mails;
import app.alumni.support.Smtp;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Two instances of the packaged service on one database, as a deployment with replicas runs it: the harness's, and a
 * second one this test starts the same way on other ports. Capacity holds across both, each mail goes out once though
 * both deliver, and a notification made by one instance reaches a member connected to the other.
 */
@QuarkusIntegrationTest
@WithTestResource(ProductionEnvironment.class)
@WithTestResource(value = Smtp.class, scope = TestResourceScope.GLOBAL)
class TwoInstancesIT {

    @Smtp.Server
    GreenMail smtp;

    private Process second;

    /** Starts the packaged jar again with the same environment as the harness's instance, on ports of its own. */
    private int startSecondInstance() throws Exception {
        int port = ProductionEnvironment.freePort();
        int management = ProductionEnvironment.freePort();
        Map<String, String> env = new HashMap<>();
        System.getProperties().forEach((key, value) -> {
            if (key.toString().startsWith("quarkus.test.env.")) {
                env.put(key.toString().substring("quarkus.test.env.".length()), value.toString());
            }
        });
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(management));
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", Integer.toString(smtp.getSmtp().getPort()));
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "second-instance.log").toFile());
        builder.environment().putAll(env);
        second = builder.start();
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            assertThat(second.isAlive()).as("the second instance runs (target/second-instance.log)").isTrue();
            assertThat(Instant.now()).as("the second instance is ready in time").isBefore(deadline);
            try {
                if (given().baseUri("http://localhost").port(management).get("/q/health/ready").statusCode() == 200) {
                    return port;
                }
            } catch (Exception notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
    }

    @AfterEach
    void stopSecondInstance() throws InterruptedException {
        if (second != null) {
            second.destroy();
            if (!second.waitFor(30, TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
    }

    @Test
    void twoInstancesShareTheWorkAndTheLimits() throws Exception {
        int otherPort = startSecondInstance();
        String hr = Accounts.hrToken();
        List<Accounts.Account> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add(Accounts.member(smtp, hr, "会員" + i));
        }

        // Six members answer at once, half through each instance: three seats, three on the waitlist.
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(20).withNano(0);
        String event = Accounts.as(hr).contentType(ContentType.JSON).body(Map.of("title", "定員3名の会", "startsAt", start.toString(),
                "endsAt", start.plusHours(2).toString(), "format", "ONLINE", "onlineUrl", "https://meet.example.com/three", "capacity", 3))
                .post("/api/v1/events").then().statusCode(201).extract().path("id");
        List<Callable<String>> answers = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            RequestSpecification on = i % 2 == 0 ? Accounts.as(members.get(i).token()) : on(otherPort, members.get(i).token());
            answers.add(() -> on.contentType(ContentType.JSON).body(Map.of("status", "GOING")).put("/api/v1/events/" + event + "/rsvp")
                    .then().statusCode(200).extract().path("status"));
        }
        List<String> results = Concurrently.run(6, answers);
        assertThat(results).filteredOn("GOING"::equals).hasSize(3);
        assertThat(results).filteredOn("WAITLISTED"::equals).hasSize(3);
        Accounts.as(hr).get("/api/v1/events/" + event).then().body("goingCount", equalTo(3)).body("waitlistCount", equalTo(3));

        // A notification made through this instance reaches a member streaming from the other.
        Accounts.Account listener = members.get(0);
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                URI.create("http://localhost:" + otherPort + "/api/v1/notifications/stream")).header("Authorization", "Bearer "
                        + listener.token()).header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        assertThat(stream.statusCode()).isEqualTo(200);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> stream.body().filter(line -> line.startsWith("data:")).forEach(events::add));
        reader.setDaemon(true);
        reader.start();
        try {
            String conversation = Accounts.as(members.get(1).token()).contentType(ContentType.JSON).body(Map.of("participantIds",
                    List.of(listener.id()), "message", "別のインスタンスから")).post("/api/v1/conversations").then().statusCode(201).extract()
                    .path("id");
            String received = events.poll(20, TimeUnit.SECONDS);
            assertThat(received).isNotNull().contains("MESSAGE_RECEIVED").contains(conversation);
        } finally {
            stream.body().close();
        }

        // An announcement's mails: both instances deliver the outbox, each member gets one.
        Accounts.as(hr).contentType(ContentType.JSON).body(Map.of("type", "ANNOUNCEMENT", "title", "二つのインスタンスから一度だけ",
                "body", "重複しないことの確認です。", "category", "COMPANY_NEWS")).post("/api/v1/posts").then().statusCode(201);
        String subject = "会社からのお知らせ「二つのインスタンスから一度だけ」が届きました";
        for (Accounts.Account m : members) {
            Mails.awaitSubject(smtp, m.email(), subject);
        }
        for (Accounts.Account m : members) {
            assertThat(Mails.settled(smtp, m.email())).filteredOn(mail -> subject.equals(Mails.subject(mail))).hasSize(1);
        }
    }

    private static RequestSpecification on(int port, String token) {
        return RestAssured.given().baseUri("http://localhost").port(port).auth().oauth2(token).header("Accept-Language", "ja");
    }
}
