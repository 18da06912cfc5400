package app.alumni.scratch;

import static io.restassured.RestAssured.given;

import java.io.OutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

@QuarkusTest
class ProbeTest {

    static void show(String what, Response r) {
        System.out.println("PROBE " + what + " -> " + r.statusCode() + " " + r.contentType() + " " + r.asString().replace('\n', ' ').substring(0, Math.min(300, r.asString().length())));
    }

    static String raw(String request) throws Exception {
        try (Socket s = new Socket("localhost", RestAssured.port)) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            s.setSoTimeout(5000);
            InputStream in = s.getInputStream();
            byte[] buf = in.readNBytes(2000);
            return new String(buf, StandardCharsets.UTF_8).replace("\r\n", " | ");
        } catch (Exception e) {
            return "EXC " + e;
        }
    }

    @Test
    void probe() throws Exception {
        Api.Session m = Api.activeMember();
        show("malformed json", m.as().contentType("application/json").body("{\"type\": ").post("/api/v1/posts"));
        show("trailing", m.as().contentType("application/json").body("{\"type\":\"DISCUSSION\",\"body\":\"x\"} garbage").post("/api/v1/posts"));
        show("surrogate", m.as().contentType("application/json").body("{\"type\":\"DISCUSSION\",\"body\":\"\\ud800x\"}").post("/api/v1/posts"));
        System.out.println("PROBE big -> " + raw("POST /api/v1/posts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + m.accessToken() + "\r\nContent-Type: application/json\r\nContent-Length: 10485760\r\n\r\n{\"type\":"));
        System.out.println("PROBE big2 -> " + raw("POST /api/v1/posts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + m.accessToken() + "\r\nContent-Type: application/json\r\nContent-Length: 500000\r\n\r\n{\"type\":"));
        show("300k", m.as().contentType("application/json").body("{\"type\":\"DISCUSSION\",\"body\":\"" + "a".repeat(300_000) + "\"}").post("/api/v1/posts"));
        byte[] overlong = "{\"type\":\"DISCUSSION\",\"body\":\"a\u0000b\"}".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[] { '{', '"', 't', 'y', 'p', 'e', '"', ':', '"', 'D', 'I', 'S', 'C', 'U', 'S', 'S', 'I', 'O', 'N', '"', ',', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}' };
        show("overlong", m.as().contentType("application/json").body(bad).post("/api/v1/posts"));
        System.out.println("PROBE cursor%%% -> " + raw("GET /api/v1/posts?cursor=%%%% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer " + m.accessToken() + "\r\n\r\n"));
        System.out.println("PROBE path%%% -> " + raw("GET /api/v1/posts/%%%% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer " + m.accessToken() + "\r\n\r\n"));
        System.out.println("PROBE feed nul -> " + raw("GET /api/v1/calendar-feeds/%00.ics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        show("q nul", m.as().urlEncodingEnabled(false).get("/api/v1/posts?q=a%00b"));
        show("uuid35", m.as().get("/api/v1/posts/1234567-1234-1234-1234-123456789012"));
        show("uuid short", m.as().get("/api/v1/posts/1-2-3-4-5"));
        show("accept-lang", m.as().header("Accept-Language", "en;q=abc").get("/api/v1/posts/" + java.util.UUID.randomUUID()));
        show("accept-lang2", m.as().header("Accept-Language", "ja;q=2").get("/api/v1/members/me"));
        show("accept problem 204", m.as().accept("application/problem+json").contentType("application/json").body("{\"refreshToken\":\"x\"}").post("/api/v1/auth/logout"));
        show("date", m.as().contentType("application/json").body("{\"type\":\"DISCUSSION\",\"body\":\"x\",\"pinnedUntil\":\"+300000-01-01T00:00:00Z\"}").post("/api/v1/posts"));
        System.out.println("PROBE longuri -> " + raw("GET /api/v1/posts?q=" + "a".repeat(10000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        System.out.println("PROBE badline -> " + raw("GARBAGE\r\n\r\n"));
        System.out.println("PROBE bigheader -> " + raw("GET /api/v1/privacy-policy HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20000) + "\r\n\r\n"));
    }
}
