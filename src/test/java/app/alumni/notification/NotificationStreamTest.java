package app.alumni.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The live stream: a member's new notifications as Server-Sent Events, whichever instance made them. */
@QuarkusTest
class NotificationStreamTest {

    @TestHTTPResource("/api/v1/notifications/stream")
    URL stream;

    @Test
    void newNotificationsArriveLiveAlsoFromAnotherInstance() throws Exception {
        Api.Session author = Api.activeMember();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(stream.toURI())
                .header("Authorization", "Bearer " + author.accessToken()).header("Accept", "text/event-stream")
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/event-stream");
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> response.body().filter(line -> line.startsWith("data:")).forEach(events::add));
        reader.setDaemon(true);
        reader.start();
        try {
            String post = author.as().contentType(ContentType.JSON).body(Map.of("type", "DISCUSSION", "body", "ライブ通知のテスト"))
                    .post("/api/v1/posts").then().statusCode(201).extract().path("id");
            Api.activeMember().as().contentType(ContentType.JSON).body(Map.of("body", "見ました")).post("/api/v1/posts/" + post + "/comments")
                    .then().statusCode(201);
            String first = events.poll(15, TimeUnit.SECONDS);
            assertThat(first).isNotNull().contains("\"type\":\"POST_COMMENTED\"").contains(post)
                    .contains("commented on your post “ライブ通知のテスト”");

            // Another instance's fan-out: its rows and its NOTIFY, straight into the database.
            UUID subject = UUID.randomUUID();
            writeAsAnotherInstance(UUID.fromString(author.id()), subject);
            String second = events.poll(15, TimeUnit.SECONDS);
            assertThat(second).isNotNull().contains("\"type\":\"ANNOUNCEMENT_PUBLISHED\"").contains(subject.toString());
        } finally {
            response.body().close();
        }
    }

    @Test
    void aNewMessageArrivesLiveWithoutItsText() throws Exception {
        Api.Session recipient = Api.activeMember();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(stream.toURI())
                .header("Authorization", "Bearer " + recipient.accessToken()).header("Accept", "text/event-stream")
                .header("Accept-Language", "ja").GET().build(), HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> response.body().filter(line -> line.startsWith("data:")).forEach(events::add));
        reader.setDaemon(true);
        reader.start();
        try {
            String conversation = Api.activeMember().as().contentType(ContentType.JSON).body(Map.of("participantIds",
                    List.of(recipient.id()), "message", "内緒のメッセージ")).post("/api/v1/conversations").then().statusCode(201).extract()
                    .path("id");
            String event = events.poll(15, TimeUnit.SECONDS);
            assertThat(event).isNotNull().contains("\"type\":\"MESSAGE_RECEIVED\"").contains(conversation)
                    .contains("花子さんからメッセージが届きました").doesNotContain("内緒のメッセージ");
        } finally {
            response.body().close();
        }
    }

    private static void writeAsAnotherInstance(UUID member, UUID subject) throws Exception {
        UUID notice = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", null)) {
            try (Statement s = c.createStatement()) {
                s.execute("set search_path = alumni_test");
            }
            try (PreparedStatement s = c.prepareStatement("""
                    insert into notice (id, type, subject_kind, subject_id, subject_title, audience, created_at, fanned_out_at)
                    values (?, 'ANNOUNCEMENT_PUBLISHED', 'POST', ?, 'From another instance', '{"kind":"EVERYONE"}', ?, ?)""")) {
                s.setObject(1, notice);
                s.setObject(2, subject);
                s.setObject(3, now);
                s.setObject(4, now);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    insert into notification (id, member_id, notice_id, type, subject_kind, subject_id, subject_title, in_app, created_at)
                    values (gen_random_uuid(), ?, ?, 'ANNOUNCEMENT_PUBLISHED', 'POST', ?, 'From another instance', true, ?)""")) {
                s.setObject(1, member);
                s.setObject(2, notice);
                s.setObject(3, subject);
                s.setObject(4, now);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("select pg_notify('" + NotificationStream.channel("alumni_test") + "', ?)")) {
                s.setString(1, notice.toString());
                s.execute();
            }
        }
    }

}
