package app.alumni.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import app.alumni.support.Notifications;
import app.alumni.support.Receiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Webhooks end to end, against a real receiver: subscriptions, signatures, retries, disabling, redelivery, rotation. */
@QuarkusTest
class WebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebhookSender sender;

    private static Response subscribe(Api.Session who, String url, List<String> events) {
        return who.as().contentType(ContentType.JSON).body(Map.of("url", url, "events", events, "description", "テスト受信", "active", true))
                .post("/api/v1/admin/webhooks");
    }

    private static Predicate<Receiver.Received> ofType(String type) {
        return r -> r.body().contains("\"type\":\"" + type + "\"");
    }

    @Test
    void hrManagesEndpointsWhoseSecretIsShownOnce() throws Exception {
        Api.Session hr = Api.admin();
        try (Receiver receiver = new Receiver()) {
            Response created = subscribe(hr, receiver.url(), List.of("member.registered", "feedback.submitted"));
            created.then().statusCode(201).body("secret", startsWith("whsec_"))
                    .body("webhook.active", equalTo(true)).body("webhook.createdBy.kind", equalTo("MEMBER"))
                    .body("webhook.events", equalTo(List.of("member.registered", "feedback.submitted")));
            String id = created.path("webhook.id");
            assertThat(created.header("Location")).endsWith("/api/v1/admin/webhooks/" + id);
            Response read = hr.as().get("/api/v1/admin/webhooks/" + id);
            read.then().statusCode(200).header("ETag", notNullValue()).body("$", not(hasKey("secret")));
            assertThat(read.asString()).doesNotContain((String) created.path("secret"));
            hr.as().queryParam("limit", 100).get("/api/v1/admin/webhooks").then().statusCode(200).body("items.id", hasItem(id));

            String etag = read.header("ETag");
            hr.as().contentType(Api.MERGE_PATCH).header("If-Match", etag).body(Map.of("events", List.of("feedback.submitted")))
                    .patch("/api/v1/admin/webhooks/" + id).then().statusCode(200).body("events", equalTo(List.of("feedback.submitted")));
            hr.as().contentType(Api.MERGE_PATCH).header("If-Match", etag).body(Map.of("active", false))
                    .patch("/api/v1/admin/webhooks/" + id).then().statusCode(412);

            hr.as().delete("/api/v1/admin/webhooks/" + id).then().statusCode(204);
            hr.as().get("/api/v1/admin/webhooks/" + id).then().statusCode(404);
            hr.as().delete("/api/v1/admin/webhooks/" + id).then().statusCode(404);
        }
    }

    @Test
    void subscriptionsAreCheckedAndClosedToOthers() {
        Api.Session hr = Api.admin();
        subscribe(hr, "https://ats.example.co.jp/hooks", List.of("member.registered", "member.exploded")).then().statusCode(400)
                .body("errors[0].field", equalTo("events[1]"));
        subscribe(hr, "ftp://ats.example.co.jp/hooks", List.of("member.registered")).then().statusCode(400)
                .body("errors[0].field", equalTo("url"));
        subscribe(hr, "https://user:secret@ats.example.co.jp/hooks", List.of("member.registered")).then().statusCode(400)
                .body("errors[0].field", equalTo("url"));
        hr.as().contentType(ContentType.JSON).body(Map.of("url", "", "events", List.of())).post("/api/v1/admin/webhooks").then()
                .statusCode(400).body("errors.field", hasItem("events"));
        subscribe(Api.activeMember(), "https://ats.example.co.jp/hooks", List.of("member.registered")).then().statusCode(403);
        given().get("/api/v1/admin/webhooks").then().statusCode(401);
        hr.as().post("/api/v1/admin/webhooks/" + UUID.randomUUID() + "/ping").then().statusCode(404);
    }

    @Test
    void aClientSubscribesOnlyToWhatItsScopesRead() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Api.Client hooksOnly = Api.client("webhooks:manage");
            subscribe(hooksOnly, receiver.url(), List.of("application.submitted")).then().statusCode(403)
                    .body("type", equalTo("urn:alumni:problem:insufficient-scope"));
            Api.Client ats = Api.client("webhooks:manage", "applications:read");
            Response created = subscribe(ats, receiver.url(), List.of("application.submitted"));
            created.then().statusCode(201).body("webhook.createdBy.kind", equalTo("API_CLIENT"))
                    .body("webhook.createdBy.id", equalTo(ats.id()));
            ats.as().delete("/api/v1/admin/webhooks/" + created.path("webhook.id")).then().statusCode(204);
        }
    }

    private static Response subscribe(Api.Client who, String url, List<String> events) {
        return who.as().contentType(ContentType.JSON).body(Map.of("url", url, "events", events, "active", true))
                .post("/api/v1/admin/webhooks");
    }

    @Test
    void eventsArriveSignedAfterTheChangeCommits() throws Exception {
        Api.Session hr = Api.admin();
        try (Receiver receiver = new Receiver()) {
            Response created = subscribe(hr, receiver.url(), List.of("member.registered", "member.approved", "feedback.submitted"));
            String id = created.path("webhook.id");
            String secret = created.path("secret");
            try {
                Api.Session member = Api.activeMember();
                String feedback = member.as().contentType(ContentType.JSON).body(Map.of("category", "IDEA", "message", "勉強会がほしい"))
                        .post("/api/v1/feedback").then().statusCode(201).extract().path("id");

                Receiver.Received request = receiver.await(r -> r.body().contains(feedback), 1).get(0);
                assertThat(request.verifies(secret)).isTrue();
                assertThat(request.header("content-type")).startsWith("application/json");
                @SuppressWarnings("unchecked")
                Map<String, Object> body = JSON.readValue(request.body(), Map.class);
                assertThat(body).containsEntry("type", "feedback.submitted").containsEntry("id", request.header("webhook-id"))
                        .containsKey("occurredAt");
                assertThat(body.get("data")).isEqualTo(Map.of("feedbackId", feedback, "category", "IDEA"));
                // Thin events: ids only, never the member's words or address.
                assertThat(request.body()).doesNotContain("勉強会").doesNotContain(member.email());

                receiver.await(r -> r.body().contains(member.id()) && ofType("member.registered").test(r), 1);
                receiver.await(r -> r.body().contains(member.id()) && ofType("member.approved").test(r), 1);
                hr.as().queryParam("status", "SUCCEEDED").queryParam("limit", 100).get("/api/v1/admin/webhooks/" + id + "/deliveries")
                        .then().statusCode(200).body("items.eventId", hasItem(request.header("webhook-id")))
                        .body("items[0].lastStatusCode", equalTo(200)).body("items[0].attempts", equalTo(1));
                // A tampered body does not verify.
                assertThat(new Receiver.Received(request.headers(), request.body().replace("IDEA", "OTHER")).verifies(secret)).isFalse();
            } finally {
                hr.as().delete("/api/v1/admin/webhooks/" + id);
            }
        }
    }

    @Test
    void aReceiverThatFailsFirstGetsTheEventAgainWithTheSameId() throws Exception {
        Api.Session hr = Api.admin();
        try (Receiver receiver = new Receiver().answer(500, 503)) {
            Response created = subscribe(hr, receiver.url(), List.of("feedback.submitted"));
            String id = created.path("webhook.id");
            try {
                hr.as().post("/api/v1/admin/webhooks/" + id + "/ping").then().statusCode(202).body("status", equalTo("PENDING"));
                List<Receiver.Received> attempts = receiver.await(ofType("webhook.ping"), 3);
                assertThat(attempts.stream().map(r -> r.header("webhook-id")).distinct()).hasSize(1);
                assertThat(attempts.stream().map(Receiver.Received::body).distinct()).hasSize(1);
                awaitDelivery(hr, id, "SUCCEEDED").then().body("items[0].attempts", equalTo(3))
                        .body("items[0].lastStatusCode", equalTo(200))
                        .body("items[0].type", equalTo("webhook.ping"));
            } finally {
                hr.as().delete("/api/v1/admin/webhooks/" + id);
            }
        }
    }

    private static Response awaitDelivery(Api.Session hr, String webhook, String status) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Response r = hr.as().queryParam("status", status).get("/api/v1/admin/webhooks/" + webhook + "/deliveries");
            if (!r.path("items").toString().equals("[]")) {
                return r;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + status + " delivery of " + webhook);
    }

    @Test
    void anEndpointThatKeepsFailingIsDisabledHrIsToldAndADeliveryCanBeSentAgain() throws Exception {
        Api.Session hr = Api.admin();
        try (Receiver receiver = new Receiver().alwaysAnswer(500)) {
            Response created = subscribe(hr, receiver.url(), List.of("feedback.submitted"));
            String id = created.path("webhook.id");
            try {
                hr.as().post("/api/v1/admin/webhooks/" + id + "/ping").then().statusCode(202);
                String delivery = awaitDelivery(hr, id, "FAILED").then().body("items[0].attempts", equalTo(3))
                        .body("items[0].lastError", equalTo("HTTP 500")).extract().path("items[0].id");
                hr.as().get("/api/v1/admin/webhooks/" + id).then().body("active", equalTo(false)).body("disabledAt", notNullValue())
                        .body("disabledReason", containsString("HTTP 500"));
                Notifications.await(hr, "WEBHOOK_DISABLED", id);

                receiver.alwaysAnswer(200);
                hr.as().post("/api/v1/admin/webhooks/" + id + "/deliveries/" + delivery + "/redeliver").then().statusCode(202)
                        .body("status", equalTo("PENDING")).body("attempts", equalTo(0));
                // Pings go to inactive endpoints too, so the redelivered ping gets through.
                awaitDelivery(hr, id, "SUCCEEDED");
                hr.as().post("/api/v1/admin/webhooks/" + id + "/deliveries/" + UUID.randomUUID() + "/redeliver").then()
                        .statusCode(404);
                String etag = hr.as().get("/api/v1/admin/webhooks/" + id).header("ETag");
                hr.as().contentType(Api.MERGE_PATCH).header("If-Match", etag).body(Map.of("active", true))
                        .patch("/api/v1/admin/webhooks/" + id)
                        .then().statusCode(200).body("active", equalTo(true)).body("disabledAt", nullValue());
            } finally {
                hr.as().delete("/api/v1/admin/webhooks/" + id);
            }
        }
    }

    @Test
    void duringARotationBothSecretsSign() throws Exception {
        Api.Session hr = Api.admin();
        try (Receiver receiver = new Receiver()) {
            Response created = subscribe(hr, receiver.url(), List.of("feedback.submitted"));
            String id = created.path("webhook.id");
            String old = created.path("secret");
            try {
                String fresh = hr.as().post("/api/v1/admin/webhooks/" + id + "/secret").then().statusCode(200)
                        .body("webhook.previousSecretExpiresAt", notNullValue()).extract().path("secret");
                assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
                hr.as().post("/api/v1/admin/webhooks/" + id + "/ping").then().statusCode(202);
                Receiver.Received ping = receiver.await(ofType("webhook.ping"), 1).get(0);
                assertThat(ping.header("webhook-signature").split(" ")).hasSize(2);
                assertThat(ping.verifies(fresh)).isTrue();
                assertThat(ping.verifies(old)).isTrue();
                assertThat(ping.verifies(Signatures.newSecret())).isFalse();
            } finally {
                hr.as().delete("/api/v1/admin/webhooks/" + id);
            }
        }
    }

    @Test
    void manyWorkersNeverSendOneDeliveryTwice() throws Exception {
        Api.Session hr = Api.admin();
        try (Receiver receiver = new Receiver()) {
            Response created = subscribe(hr, receiver.url(), List.of("feedback.submitted"));
            String id = created.path("webhook.id");
            try {
                List<String> events = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    events.add(hr.as().post("/api/v1/admin/webhooks/" + id + "/ping").then().statusCode(202).extract().path("eventId"));
                }
                Concurrently.run(6, 30, i -> sender.sendDue());
                List<Receiver.Received> all = receiver.await(ofType("webhook.ping"), 40);
                Thread.sleep(1500); // a second copy would arrive by now
                Map<String, Long> perEvent = receiver.received().stream()
                        .collect(Collectors.groupingBy(r -> r.header("webhook-id"), Collectors.counting()));
                assertThat(perEvent.keySet()).containsAll(events);
                assertThat(Set.copyOf(perEvent.values())).containsOnly(1L);
                assertThat(all).hasSize(40);
            } finally {
                hr.as().delete("/api/v1/admin/webhooks/" + id);
            }
        }
    }
}
