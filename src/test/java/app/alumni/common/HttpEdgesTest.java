package app.alumni.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.alumni.post.Posts;
import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** What reaches the API from the edge of HTTP: sizes, encodings, headers, caching; every refusal is problem+json. */
@QuarkusTest
class HttpEdgesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void bodiesOverTheirFamilyLimitAre413() throws Exception {
        Api.Session member = Api.activeMember();
        // 20,000 Japanese characters (60 KB) fit a post; 300 KB do not; the profile takes 64 KiB.
        member.as().contentType(ContentType.JSON).body(Map.of("type", "DISCUSSION", "body", "長".repeat(20_000)))
                .post("/api/v1/posts").then().statusCode(201);
        member.as().contentType(ContentType.JSON).body(Map.of("type", "DISCUSSION", "body", "a".repeat(300_000)))
                .post("/api/v1/posts").then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("urn:alumni:problem:payload-too-large"));
        member.as().contentType(Api.MERGE_PATCH).body(Map.of("bio", "a".repeat(70_000)))
                .patch("/api/v1/members/me").then().statusCode(413).contentType(PROBLEM);
        // Beyond what the server takes at all: refused from the declared length, before the body is read.
        String answer = raw("POST /api/v1/posts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + member.accessToken()
                + "\r\nContent-Type: application/json\r\nContent-Length: 10485760\r\n\r\n{\"type\":");
        assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: " + PROBLEM).contains("payload-too-large");
    }

    @Test
    void malformedUtf8AndUnpairedSurrogatesAreRefused() {
        Api.Session member = Api.activeMember();
        for (byte[] bad : List.of(new byte[] { (byte) 0xC0, (byte) 0xAF }, // overlong '/'
                new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, // above U+10FFFF
                new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, // an encoded surrogate
                new byte[] { (byte) 0xE3, (byte) 0x81 })) { // truncated
            member.as().contentType("application/json").body(json("{\"type\":\"DISCUSSION\",\"body\":\"a", bad, "\"}"))
                    .post("/api/v1/posts").then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("body"));
        }
        member.as().contentType("application/json").body("{\"type\":\"DISCUSSION\",\"body\":\"\\ud800x\"}")
                .post("/api/v1/posts").then().statusCode(400).body("errors[0].field", equalTo("body"));
        member.as().contentType(Api.MERGE_PATCH).body("{\"headline\":\"\\udc00\"}")
                .patch("/api/v1/members/me").then().statusCode(400).body("errors[0].field", equalTo("headline"));
        // Well-formed astral characters are text like any other.
        member.as().contentType(Api.MERGE_PATCH).body(Map.of("headline", "𠮷野家で🍚"))
                .patch("/api/v1/members/me").then().statusCode(200).body("headline", equalTo("𠮷野家で🍚"));
    }

    @Test
    void malformedJsonAndTrailingGarbageNameTheBody() {
        Api.Session member = Api.activeMember();
        for (String body : List.of("{\"type\": ", "{\"type\":\"DISCUSSION\",\"body\":\"x\"} garbage",
                "{\"type\":\"DISCUSSION\",\"body\":\"x\"}{}")) {
            member.as().contentType("application/json").body(body).post("/api/v1/posts").then()
                    .statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("urn:alumni:problem:malformed-request"))
                    .body("errors[0].field", equalTo("body"));
        }
    }

    @Test
    void controlCharactersInTheUrlAreRefusedBeforeTheDatabase() {
        Api.Session member = Api.activeMember();
        for (String parameter : List.of("q", "tag")) {
            member.as().urlEncodingEnabled(false).get("/api/v1/posts?" + parameter + "=a%00b").then()
                    .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(parameter))
                    .header("RateLimit-Limit", notNullValue());
        }
        for (String parameter : List.of("skill", "department", "industry")) {
            member.as().urlEncodingEnabled(false).get("/api/v1/members?" + parameter + "=%00").then()
                    .statusCode(400).body("errors[0].field", equalTo(parameter));
        }
        given().urlEncodingEnabled(false).get("/api/v1/calendar-feeds/%00.ics").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aQueryThatCannotBeDecodedIsA400Problem() throws Exception {
        String answer = raw("GET /api/v1/posts?cursor=%%%% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: " + PROBLEM).contains("\"field\":\"query\"");
    }

    @Test
    void idsMustBeCanonicalUuids() {
        Api.Session member = Api.activeMember();
        member.as().get("/api/v1/posts/1234567-1234-1234-1234-123456789012").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("id"));
        member.as().queryParam("authorId", "1-2-3-4-5").get("/api/v1/posts").then()
                .statusCode(400).body("errors[0].field", equalTo("authorId"));
    }

    @Test
    void datesEveryoneCanStoreOnly() {
        Api.Session hr = Api.admin();
        for (String when : List.of("+300000-01-01T00:00:00Z", "-5000-01-01T00:00:00Z")) {
            hr.as().contentType(ContentType.JSON).body(Map.of("type", "ANNOUNCEMENT", "title", "t", "body", "b", "pinnedUntil", when))
                    .post("/api/v1/posts").then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("pinnedUntil"));
            hr.as().contentType(ContentType.JSON).body(Map.of("kind", "JOB", "title", "t", "description", "d", "closesAt", when))
                    .post("/api/v1/jobs").then().statusCode(400).body("errors[0].field", equalTo("closesAt"));
        }
        Api.Session member = Api.activeMember();
        member.as().contentType(ContentType.JSON)
                .body(Map.of("earliestStart", "+300000-01-01", "desiredRoles", List.of()))
                .put("/api/v1/members/me/rehire-preferences").then().statusCode(400).body("errors[0].field", equalTo("earliestStart"));
    }

    @Test
    void forgedCursorsAreA400() {
        Api.Session member = Api.activeMember();
        String nul = cursor("[\"2026-01-01T00:00:00Z\u0000\",\"" + UUID.randomUUID() + "\"]");
        String farFuture = cursor("[\"+300000-01-01T00:00:00Z\",\"" + UUID.randomUUID() + "\"]");
        String nulName = cursor("[\"a\u0000b\",\"" + UUID.randomUUID() + "\"]");
        for (String path : List.of("/api/v1/posts", "/api/v1/events", "/api/v1/jobs", "/api/v1/surveys", "/api/v1/feedback")) {
            for (String forged : List.of(nul, farFuture)) {
                member.as().queryParam("cursor", forged).get(path).then().statusCode(400).contentType(PROBLEM)
                        .body("errors[0].field", equalTo("cursor"));
            }
        }
        member.as().queryParam("cursor", nulName).get("/api/v1/members").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void aMalformedAcceptLanguageFallsBackToEnglish() {
        Api.Session member = Api.activeMember();
        for (String header : List.of("en;q=abc", "ja;q=2", ";;;", "x".repeat(600))) {
            given().auth().oauth2(member.accessToken()).header("Accept-Language", header).get("/api/v1/posts/" + UUID.randomUUID()).then()
                    .statusCode(404).contentType(PROBLEM).header("Content-Language", "en").body("title", equalTo("Not found"));
        }
        given().auth().oauth2(member.accessToken()).header("Accept-Language", "fr;q=0.9, ja;q=0.8").get("/api/v1/posts/"
                + UUID.randomUUID())
                .then().statusCode(404).header("Content-Language", "ja");
    }

    @Test
    void everyPartOfAnAnswerIsInTheOneLanguageChosen() {
        // `*` (what Node's fetch sends) means English; `fr, ja` means Japanese: title, detail and field messages alike.
        var registration = Api.registration("not-an-address");
        given().contentType(ContentType.JSON).header("Accept-Language", "*").body(registration).post("/api/v1/auth/register").then()
                .statusCode(400).header("Content-Language", "en").body("title", equalTo("Invalid request"))
                .body("errors.find { it.field == 'email' }.message", equalTo("must be a well-formed email address"));
        given().contentType(ContentType.JSON).header("Accept-Language", "fr-FR, ja;q=0.8").body(registration).post("/api/v1/auth/register")
                .then().statusCode(400).header("Content-Language", "ja").body("title", equalTo("リクエストの内容が正しくありません"))
                .body("errors.find { it.field == 'email' }.message", not(equalTo("must be a well-formed email address")));
    }

    @Test
    void clientsThatAcceptOnlyProblemDetailsAreServed() {
        Api.Session member = Api.activeMember();
        String post = Posts.create(member, Posts.discussion("消す投稿"));
        member.as().accept(PROBLEM).delete("/api/v1/posts/" + post).then().statusCode(204);
        given().accept(PROBLEM).contentType(ContentType.JSON).body(Map.of("refreshToken", member.refreshToken()))
                .post("/api/v1/auth/logout").then().statusCode(204);
        // Errors still come as problem details; a type nobody can serve is 406.
        member.as().accept(PROBLEM).delete("/api/v1/posts/" + post).then().statusCode(401).contentType(PROBLEM);
        given().accept("text/html").get("/api/v1/privacy-policy").then().statusCode(406).contentType(PROBLEM);
    }

    @Test
    void personalDataIsNeverCachedAndPublicDocumentsAreForAnHour() {
        Api.Session member = Api.activeMember();
        member.as().get("/api/v1/members/me").then().statusCode(200).header("Cache-Control", "no-store");
        member.as().get("/api/v1/posts").then().statusCode(200).header("Cache-Control", "no-store");
        Api.login(member.email(), Api.PASSWORD).then().statusCode(200).header("Cache-Control", "no-store");
        given().get("/api/v1/members/me").then().statusCode(401).header("Cache-Control", "no-store");
        given().get("/api/v1/privacy-policy").then().statusCode(200).header("Cache-Control", "public, max-age=3600")
                .header("Vary", "Accept-Language");
        given().get("/.well-known/jwks.json").then().statusCode(200).header("Cache-Control", "public, max-age=3600");
    }

    @Test
    void theApiPortServesNoManagementEndpoints() {
        for (String path : List.of("/q/health", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    void aSilentConnectionIsClosed() throws Exception {
        // The test profile's idle timeout is 3 s (production: 30 s); a client that sends nothing does not keep a slot.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write("GET /api/v1/privacy-policy HTTP/1.1\r\nHost: local".getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();
            int read = socket.getInputStream().read();
            assertThat(read).isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofSeconds(2),
                    Duration.ofSeconds(10));
        }
    }

    @Test
    void anOverlongRequestLineIsRefused() throws Exception {
        assertThat(raw("GET /api/v1/posts?q=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.0 414");
    }

    private static byte[] json(String before, byte[] bytes, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String cursor(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A request written by hand, for what an HTTP client library refuses to send. */
    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(4000), StandardCharsets.UTF_8);
        }
    }
}
