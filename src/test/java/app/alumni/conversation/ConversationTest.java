package app.alumni.conversation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import app.alumni.support.Api;
import app.alumni.support.Mails;
import app.alumni.support.Notifications;
import app.alumni.support.Smtp;
import app.alumni.support.Statements;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Private conversations: only participants read them, blocks and the messaging setting are honoured, spam is limited. */
@QuarkusTest
@WithTestResource(value = Smtp.class, scope = TestResourceScope.GLOBAL)
class ConversationTest {

    private static final String CONVERSATIONS = "/api/v1/conversations";

    @Smtp.Server
    GreenMail smtp;

    @Inject
    EntityManagerFactory entityManagerFactory;

    private static Response start(Api.Session from, String message, Api.Session... to) {
        return from.as().contentType(ContentType.JSON).body(Map.of("participantIds", Arrays.stream(to).map(Api.Session::id)
                .toList(), "message", message)).post(CONVERSATIONS);
    }

    private static String send(Api.Session from, String conversation, String body) {
        return from.as().contentType(ContentType.JSON).body(Map.of("body", body)).post(CONVERSATIONS + "/" + conversation + "/messages")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void twoMembersTalkAndOnlyTheyReadIt() {
        Api.Session a = Api.activeMember();
        Api.Session b = Api.activeMember();
        Response started = start(a, "はじめまして", b);
        started.then().statusCode(201).header("Location", startsWith("http")).body("participants.id", equalTo(List.of(b.id())))
                .body("lastMessage.text", equalTo("はじめまして")).body("unreadCount", equalTo(0));
        String id = started.path("id");

        b.as().get(CONVERSATIONS).then().statusCode(200).body("items[0].id", equalTo(id)).body("items[0].unreadCount", equalTo(1))
                .body("items[0].participants.id", equalTo(List.of(a.id())));
        String first = b.as().get(CONVERSATIONS + "/" + id + "/messages").then().statusCode(200).body("items[0].body", equalTo("はじめまして"))
                .body("items[0].author.id", equalTo(a.id())).extract().path("items[0].id");
        b.as().contentType(ContentType.JSON).body(Map.of("upTo", first)).post(CONVERSATIONS + "/" + id + "/read").then().statusCode(204);
        b.as().get(CONVERSATIONS + "/" + id).then().statusCode(200).body("unreadCount", equalTo(0));
        Response sent = b.as().contentType(ContentType.JSON).body(Map.of("body", "よろしくお願いします"))
                .post(CONVERSATIONS + "/" + id + "/messages");
        sent.then().statusCode(201);
        String location = sent.header("Location");
        a.as().get(location.substring(location.indexOf("/api/"))).then().statusCode(200).body("body", equalTo("よろしくお願いします"))
                .body("author.id", equalTo(b.id()));
        a.as().get(CONVERSATIONS + "/" + id + "/messages/" + UUID.randomUUID()).then().statusCode(404);
        a.as().contentType(ContentType.JSON).body(Map.of("upTo", UUID.randomUUID().toString())).post(CONVERSATIONS + "/" + id + "/read")
                .then().statusCode(400).body("errors[0].field", equalTo("upTo"));
        a.as().get(CONVERSATIONS + "/" + id).then().body("unreadCount", equalTo(1)).body("lastMessage.text", equalTo("よろしくお願いします"));

        // Starting again with the same person continues the same conversation.
        start(a, "もう一度", b).then().statusCode(200).body("id", equalTo(id));
        b.as().get(CONVERSATIONS + "/" + id).then().body("unreadCount", equalTo(1));

        // Nobody else reads or writes it, HR included.
        for (Api.Session outsider : List.of(Api.activeMember(), Api.admin())) {
            outsider.as().get(CONVERSATIONS + "/" + id).then().statusCode(404);
            outsider.as().get(CONVERSATIONS + "/" + id + "/messages").then().statusCode(404);
            outsider.as().get(CONVERSATIONS + "/" + id + "/messages/" + first).then().statusCode(404);
            outsider.as().contentType(ContentType.JSON).body(Map.of("upTo", first)).post(CONVERSATIONS + "/" + id + "/read").then()
                    .statusCode(404);
            outsider.as().post(CONVERSATIONS + "/" + id + "/leave").then().statusCode(404);
            outsider.as().delete(CONVERSATIONS + "/" + id + "/messages/" + first).then().statusCode(404);
            outsider.as().contentType(ContentType.JSON).body(Map.of("body", "割り込み")).post(CONVERSATIONS + "/" + id + "/messages").then()
                    .statusCode(404);
            outsider.as().get(CONVERSATIONS).then().statusCode(200).body("items.id", not(hasItem(id)));
        }
        given().get(CONVERSATIONS).then().statusCode(401);
        Api.pendingMember().as().get(CONVERSATIONS).then().statusCode(403);
        Api.client("members:read").as().get(CONVERSATIONS).then().statusCode(403);

        // Deleting: my own messages only; they keep their place without text.
        String mine = send(a, id, "消すメッセージ");
        b.as().delete(CONVERSATIONS + "/" + id + "/messages/" + mine).then().statusCode(403);
        a.as().delete(CONVERSATIONS + "/" + id + "/messages/" + mine).then().statusCode(204);
        a.as().delete(CONVERSATIONS + "/" + id + "/messages/" + UUID.randomUUID()).then().statusCode(404);
        b.as().get(CONVERSATIONS + "/" + id + "/messages").then().body("items[0].id", equalTo(mine)).body("items[0].deleted", equalTo(true))
                .body("items[0].body", nullValue());

        // Leaving: no longer mine to read; the other goes on.
        b.as().post(CONVERSATIONS + "/" + id + "/leave").then().statusCode(204);
        b.as().get(CONVERSATIONS + "/" + id).then().statusCode(404);
        b.as().post(CONVERSATIONS + "/" + id + "/leave").then().statusCode(404);
        a.as().get(CONVERSATIONS + "/" + id).then().statusCode(200).body("participants", equalTo(List.of()));
    }

    @Test
    void newMessagesNotifyOncePerConversationAndTheMailNeverCarriesTheText() {
        Api.Session a = Api.activeMember();
        Api.Session b = Api.activeMember();
        String id = start(a, "ここだけの話です", b).then().statusCode(201).extract().path("id");
        Map<String, Object> first = Notifications.await(b, "MESSAGE_RECEIVED", id);
        assertThat(first).containsEntry("count", 1).containsEntry("text", "花子 sent you a message");
        assertThat(((Map<?, ?>) first.get("subject")).get("kind")).isEqualTo("CONVERSATION");
        assertThat(((Map<?, ?>) first.get("actor")).get("id")).isEqualTo(a.id());
        assertThat(Notifications.about(a, id)).isEmpty();

        send(a, id, "続きです");
        String latest = send(a, id, "もう一つ");
        awaitNotificationCount(b, id, 3);
        assertThat(Notifications.about(b, id)).hasSize(1);
        // One mail for the three: who wrote, never what.
        MimeMessage mail = Mails.awaitSubject(smtp, b.email(), "花子さんからメッセージが届きました");
        assertThat(Mails.text(mail)).contains("https://app.alumni.example.com/conversations/" + id).doesNotContain("ここだけの話")
                .doesNotContain("続きです");
        assertThat(messageMails(b)).hasSize(1);

        // Reading the conversation reads its notification; the next message opens a new one, and mails again.
        b.as().contentType(ContentType.JSON).body(Map.of("upTo", latest)).post(CONVERSATIONS + "/" + id + "/read").then().statusCode(204);
        assertThat(Notifications.about(b, id).get(0).get("readAt")).isNotNull();
        send(a, id, "もう一度");
        awaitUnread(b, id);
        Instant deadline = Instant.now().plusSeconds(30);
        while (messageMails(b).size() < 2) {
            assertThat(Instant.now()).isBefore(deadline);
            pause();
        }
    }

    private List<MimeMessage> messageMails(Api.Session who) {
        return Mails.settled(smtp, who.email()).stream().filter(m -> Mails.subject(m).contains("メッセージ")).toList();
    }

    private static void awaitNotificationCount(Api.Session who, String conversation, int count) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (!Notifications.about(who, conversation).get(0).get("count").equals(count)) {
            assertThat(Instant.now()).isBefore(deadline);
            pause();
        }
    }

    private static void awaitUnread(Api.Session who, String conversation) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Notifications.about(who, conversation).stream().noneMatch(n -> n.get("readAt") == null)) {
            assertThat(Instant.now()).isBefore(deadline);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aReportedMessageReachesModeratorsWithItsImmediateContextOnly() {
        Api.Session a = Api.activeMember();
        Api.Session b = Api.activeMember();
        String id = start(a, "一通目", b).then().statusCode(201).extract().path("id");
        List<String> ids = new ArrayList<>();
        for (int i = 2; i <= 8; i++) {
            ids.add(send(i % 2 == 0 ? b : a, id, i + "通目"));
        }
        String reported = ids.get(3); // 5通目
        String path = "/api/v1/messages/" + reported + "/reports";
        for (Api.Session outsider : List.of(Api.activeMember(), Api.admin())) {
            outsider.as().contentType(ContentType.JSON).body(Map.of("reason", "不快です")).post(path).then().statusCode(404);
        }
        given().contentType(ContentType.JSON).body(Map.of("reason", "不快です")).post(path).then().statusCode(401);
        b.as().contentType(ContentType.JSON).body(Map.of("reason", " ")).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        String report = b.as().contentType(ContentType.JSON).body(Map.of("reason", "脅迫めいた内容です")).post(path).then().statusCode(201)
                .body("targetType", equalTo("MESSAGE")).body("excerpt", equalTo("5通目")).extract().path("id");
        b.as().contentType(ContentType.JSON).body(Map.of("reason", "もう一度")).post(path).then().statusCode(409);

        Api.Session hr = Api.admin();
        hr.as().get("/api/v1/moderation/reports/" + report).then().statusCode(200)
                .body("context.text", equalTo(List.of("3通目", "4通目", "5通目", "6通目", "7通目")))
                .body("context.reported", equalTo(List.of(false, false, true, false, false)))
                .body("context[0].authorId", equalTo(a.id())).body("$", not(hasKey("postId")));
        hr.as().queryParam("limit", 100).get("/api/v1/moderation/reports").then().statusCode(200)
                .body("items.find { it.id == '" + report + "' }.context.size()", equalTo(5));

        hr.as().contentType(ContentType.JSON).body(Map.of("action", "HIDE")).post("/api/v1/moderation/reports/" + report + "/resolve")
                .then().statusCode(200).body("hidden", equalTo(true));
        for (Api.Session participant : List.of(a, b)) {
            participant.as().get(CONVERSATIONS + "/" + id + "/messages/" + reported).then().statusCode(200).body("hidden", equalTo(true))
                    .body("$", not(hasKey("body")));
        }
        b.as().contentType(ContentType.JSON).body(Map.of("reason", "x")).post(path).then().statusCode(404);
        b.as().post("/api/v1/moderation/messages/" + reported + "/restore").then().statusCode(403);
        hr.as().post("/api/v1/moderation/messages/" + reported + "/restore").then().statusCode(204);
        hr.as().post("/api/v1/moderation/messages/" + reported + "/restore").then().statusCode(404);
        a.as().get(CONVERSATIONS + "/" + id + "/messages/" + reported).then().body("body", equalTo("5通目")).body("hidden", equalTo(false));
    }

    @Test
    void groupsOfUpToTwentyAndWhatIsRefused() {
        Api.Session a = Api.activeMember();
        Api.Session b = Api.activeMember();
        Api.Session c = Api.activeMember();
        String group = start(a, "三人で話しましょう", b, c).then().statusCode(201).extract().path("id");
        send(c, group, "賛成です");
        a.as().get(CONVERSATIONS + "/" + group).then().body("participants.id", containsInAnyOrder(b.id(), c.id()))
                .body("unreadCount", equalTo(1));
        assertThat(start(a, "もう一つ", b, c).then().statusCode(201).extract().<String>path("id")).isNotEqualTo(group);

        a.as().contentType(ContentType.JSON).body(Map.of("participantIds", List.of(), "message", "x")).post(CONVERSATIONS).then()
                .statusCode(400).body("errors.field", hasItem("participantIds"));
        start(a, "自分と", a).then().statusCode(400).body("errors.field", hasItem("participantIds"));
        start(a, "二重", b, b).then().statusCode(400);
        start(a, "x".repeat(5001), b).then().statusCode(400).body("errors.field", hasItem("message"));
        a.as().contentType(ContentType.JSON).body(Map.of("participantIds", List.of(UUID.randomUUID().toString()), "message", "x"))
                .post(CONVERSATIONS).then().statusCode(404);
    }

    @Test
    void blocksAndTheMessagingSettingAreHonouredWithoutSayingWhich() {
        Api.Session a = Api.activeMember();
        Api.Session closed = Api.activeMember();
        closed.as().contentType(Api.MERGE_PATCH).body(Map.of("privacy", Map.of("messages", "NOBODY"))).patch("/api/v1/members/me").then()
                .statusCode(200);
        start(a, "こんにちは", closed).then().statusCode(403).body("type", equalTo("urn:alumni:problem:messaging-not-allowed"));

        Api.Session blocker = Api.activeMember();
        String id = start(a, "ブロック前", blocker).then().statusCode(201).extract().path("id");
        blocker.as().put("/api/v1/members/me/blocks/" + a.id()).then().statusCode(204);
        start(a, "ブロック後", blocker).then().statusCode(403).body("type", equalTo("urn:alumni:problem:messaging-not-allowed"));
        a.as().contentType(ContentType.JSON).body(Map.of("body", "続き")).post(CONVERSATIONS + "/" + id + "/messages").then().statusCode(403)
                .body("type", equalTo("urn:alumni:problem:messaging-not-allowed"));
        blocker.as().contentType(ContentType.JSON).body(Map.of("body", "続き")).post(CONVERSATIONS + "/" + id + "/messages").then()
                .statusCode(403);
    }

    @Test
    void suspendedMembersNeitherWriteNorAreWrittenTo() {
        Api.Session a = Api.activeMember();
        Api.Session suspended = Api.activeMember();
        String id = start(a, "停止の前に", suspended).then().statusCode(201).extract().path("id");
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED"))
                .patch("/api/v1/admin/members/" + suspended.id()).then().statusCode(200);
        suspended.as().contentType(ContentType.JSON).body(Map.of("body", "書けない")).post(CONVERSATIONS + "/" + id + "/messages").then()
                .statusCode(401);
        start(a, "新しい会話", suspended).then().statusCode(404);
    }

    @Test
    void atMostTwentyNewConversationsADay() {
        Api.Session a = Api.activeMember();
        Api.Session b = Api.activeMember();
        Api.Session c = Api.activeMember();
        start(a, "二人で", b).then().statusCode(201);
        for (int i = 1; i < 20; i++) {
            start(a, "お知らせ " + i, b, c).then().statusCode(201);
        }
        start(a, "21個目", b, c).then().statusCode(429).header("Retry-After", notNullValue())
                .body("type", equalTo("urn:alumni:problem:too-many-requests"));
        // A conversation that already is goes on.
        start(a, "二人で続き", b).then().statusCode(200);
    }

    @Test
    void anErasedMembersMessagesStayFromAFormerMemberAndTheyAreInTheExport() {
        Api.Session a = Api.activeMember();
        Api.Session leaving = Api.activeMember();
        String id = start(leaving, "退会前のメッセージ", a).then().statusCode(201).extract().path("id");
        String other = start(a, "別の話", Api.activeMember()).then().statusCode(201).extract().path("id");
        send(a, id, "返信です");
        leaving.as().contentType(ContentType.JSON).body(Map.of("password", Api.PASSWORD, "content", "KEEP_ANONYMOUS"))
                .post("/api/v1/members/me/deletion").then().statusCode(204);
        a.as().get(CONVERSATIONS + "/" + id + "/messages").then().statusCode(200).body("items[1].body", equalTo("退会前のメッセージ"))
                .body("items[1].author.formerMember", equalTo(true)).body("items[1].author.id", nullValue());
        a.as().get(CONVERSATIONS + "/" + id).then().body("participants", equalTo(List.of()));
        assertThat(other).isNotEqualTo(id);
    }

    @Test
    void aPageOfConversationsCostsAFixedNumberOfStatements() {
        Api.Session a = Api.activeMember();
        for (int i = 0; i < 12; i++) {
            start(a, "話題 " + i, Api.activeMember()).then().statusCode(201);
        }
        long small = Statements.of(entityManagerFactory, () -> a.as().queryParam("limit", 2).get(CONVERSATIONS).then().statusCode(200));
        long large = Statements.of(entityManagerFactory, () -> a.as().queryParam("limit", 12).get(CONVERSATIONS).then().statusCode(200));
        assertThat(large).isEqualTo(small);
        String id = a.as().get(CONVERSATIONS).then().extract().path("items[0].id");
        long messagesSmall = Statements.of(entityManagerFactory, () -> a.as().queryParam("limit", 1).get(CONVERSATIONS + "/" + id
                + "/messages").then().statusCode(200));
        assertThat(messagesSmall).isLessThanOrEqualTo(large);
    }
}
