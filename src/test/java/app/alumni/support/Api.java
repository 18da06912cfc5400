package app.alumni.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import app.alumni.auth.TestSessions;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Drives the API the way a client does: register, get approved by HR, sign in (see {@link #activeMember(Map)}). */
public final class Api {

    public static final String PASSWORD = "correct-horse-battery";
    /** Merge patches are JSON, so UTF-8 (REST Assured would otherwise encode them as ISO-8859-1). */
    public static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    public static final String POLICY_VERSION = "2025-04-01";
    public static final String ADMIN_EMAIL = "hr-test@example.com";
    public static final String ADMIN_PASSWORD = "hr-test-admin-password";

    private Api() {
    }

    /** A signed-in member. */
    public record Session(String id, String email, String accessToken, String refreshToken) {
        public RequestSpecification as() {
            return given().auth().oauth2(accessToken).header("Accept-Language", "en");
        }
    }

    /** Every scope a machine client may be granted. */
    public static final List<String> ALL_SCOPES = List.of("members:read", "members:write", "jobs:read", "jobs:write",
            "applications:read", "applications:write", "events:read", "events:write", "announcements:write", "surveys:read",
            "feedback:read", "webhooks:manage", "roster:write", "stats:read", "scim");

    /** One of HR's machine clients, with a token for its scopes. */
    public record Client(String id, String secret, String accessToken) {
        public RequestSpecification as() {
            return given().auth().oauth2(accessToken).header("Accept-Language", "en");
        }
    }

    /** A machine client HR created with {@code scopes}, with a token for all of them. */
    public static Client client(String... scopes) {
        Response created = admin().as().contentType(ContentType.JSON).body(Map.of("name", "test client", "scopes", List.of(scopes)))
                .post("/api/v1/admin/api-clients");
        created.then().statusCode(201);
        String id = created.path("clientId");
        String secret = created.path("clientSecret");
        return new Client(id, secret, clientToken(id, secret));
    }

    /** A token for the client at the token endpoint, from an address of its own (see {@link #randomAddress()}). */
    public static String clientToken(String id, String secret) {
        return given().header("X-Forwarded-For", randomAddress()).auth().preemptive().basic(id, secret)
                .formParam("grant_type", "client_credentials").post("/api/v1/oauth/token")
                .then().statusCode(200).extract().path("access_token");
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    }

    /** A random client address, so that one test's failed sign-ins never throttle another's. */
    public static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    public static Map<String, Object> registration(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("password", PASSWORD);
        body.put("fullName", "山田 花子");
        body.put("fullNameKana", "ヤマダ ハナコ");
        body.put("displayName", "花子");
        body.put("affiliation", "ALUMNUS");
        body.put("employeeNumber", "E012345");
        body.put("joinedOn", "2015-04");
        body.put("leftOn", "2021-03");
        body.put("lastDepartment", "開発本部");
        body.put("acceptedPrivacyPolicyVersion", POLICY_VERSION);
        return body;
    }

    public static Response register(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body).post("/api/v1/auth/register");
    }

    /** Registers and returns the new member's id. */
    public static String registered(Map<String, Object> body) {
        return register(body).then().statusCode(201).extract().path("id");
    }

    public static Response login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .header("X-Forwarded-For", randomAddress())
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login");
    }

    public static Session signIn(String email, String password) {
        Response r = login(email, password);
        r.then().statusCode(200);
        String access = r.path("accessToken");
        String id = given().auth().oauth2(access).get("/api/v1/members/me").then().statusCode(200).extract().path("id");
        return new Session(id, email, access, r.path("refreshToken"));
    }

    public static Session admin() {
        return signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** A pending (registered, not yet verified) member, signed in. */
    public static Session pendingMember(Map<String, Object> registration) {
        return withTokens(registered(registration), (String) registration.get("email"));
    }

    public static Session pendingMember() {
        return pendingMember(registration(uniqueEmail("pending")));
    }

    /**
     * An active member: registered through the API, then approved by HR and signed in by the services those endpoints
     * call (tests of approval and sign-in use the endpoints themselves).
     */
    public static Session activeMember(Map<String, Object> registration) {
        String id = registered(registration);
        TestSessions.approve(UUID.fromString(id), ADMIN_EMAIL);
        return withTokens(id, (String) registration.get("email"));
    }

    private static Session withTokens(String id, String email) {
        TestSessions.Tokens tokens = TestSessions.signIn(UUID.fromString(id));
        return new Session(id, email, tokens.accessToken(), tokens.refreshToken());
    }

    public static Session activeMember() {
        return activeMember(registration(uniqueEmail("member")));
    }

    /** An active member with a profile patch applied. */
    public static Session activeMember(Map<String, Object> registration, Map<String, Object> profile) {
        Session s = activeMember(registration);
        s.as().contentType(Api.MERGE_PATCH).body(profile).patch("/api/v1/members/me").then().statusCode(200);
        return s;
    }
}
