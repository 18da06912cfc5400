package app.alumni.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class SignInTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LoginThrottle throttle;

    @Inject
    EntityManager em;

    @Test
    void issuesAnRs256AccessTokenWithTheRequiredClaims() throws Exception {
        Api.Session member = Api.activeMember();
        Response login = Api.login(member.email(), Api.PASSWORD);
        login.then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .body("refreshToken", notNullValue());
        String token = login.path("accessToken");
        JsonNode header = part(token, 0);
        JsonNode claims = part(token, 1);
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        assertThat(claims.get("sub").asText()).isEqualTo(member.id());
        assertThat(claims.get("iss").asText()).isEqualTo("alumni-api");
        assertThat(claims.get("aud").toString()).contains("alumni-api");
        assertThat(claims.get("groups").toString()).contains("ALUMNUS");
        assertThat(claims.get("jti").asText()).isNotBlank();
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
        assertThat(claims.has("email")).isFalse();
    }

    @Test
    void jwksVerifiesTheIssuedTokens() throws Exception {
        Api.Session member = Api.activeMember();
        String jwks = given().get("/.well-known/jwks.json").then().statusCode(200)
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].use", equalTo("sig"))
                .extract().asString();
        assertThat(jwks).doesNotContain("\"d\"");
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .setExpectedIssuer("alumni-api")
                .setExpectedAudience("alumni-api")
                .build()
                .processToClaims(member.accessToken());
        assertThat(claims.getSubject()).isEqualTo(member.id());
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        Api.Session member = Api.activeMember();
        Response wrongPassword = Api.login(member.email(), "not-the-password-1");
        Response unknownEmail = Api.login(Api.uniqueEmail("nobody"), "not-the-password-1");
        wrongPassword.then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:alumni:problem:invalid-credentials"));
        unknownEmail.then().statusCode(401);
        assertThat(strip(unknownEmail.asString())).isEqualTo(strip(wrongPassword.asString()));
    }

    @Test
    void signInIsCaseInsensitiveOnTheEmail() {
        Api.Session member = Api.activeMember();
        Api.login(member.email().toUpperCase(), Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void validatesTheSignInBody() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(Map.of("email", ""))
                .post("/api/v1/auth/login").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("email", "password"));
    }

    @Test
    void throttlesRepeatedFailuresOfOneAccountFromOneAddress() {
        Api.Session member = Api.activeMember();
        String guesser = Api.randomAddress();
        for (int i = 0; i < 5; i++) {
            loginFrom(guesser, member.email(), "wrong-password-" + i).then().statusCode(401);
        }
        // Locked for the guesser: even the right password is refused there, with a Retry-After.
        Response locked = loginFrom(guesser, member.email(), Api.PASSWORD);
        locked.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:alumni:problem:too-many-requests"))
                .body("detail", containsString("sign-in"));
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);
        // The owner, signing in from elsewhere, is not locked out by someone else's guessing.
        loginFrom(Api.randomAddress(), member.email(), Api.PASSWORD).then().statusCode(200);
        // Other accounts are not affected.
        Api.Session other = Api.activeMember();
        Api.login(other.email(), Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void concurrentGuessesCannotSlipPastTheLimit() throws Exception {
        Api.Session member = Api.activeMember();
        String guesser = Api.randomAddress();
        List<Integer> statuses = Concurrently.run(20, 40, i -> loginFrom(guesser, member.email(), "concurrent-guess-" + i).statusCode());
        // Exactly the budget of 5 guesses is checked; every other one is refused before its password is looked at.
        assertThat(statuses.stream().filter(s -> s == 401).count()).isEqualTo(5);
        assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(35);
    }

    @Test
    void everyAttemptFromOneAddressCountsTowardsItsRate() {
        // Successful sign-ins and pending accounts included: hashing passwords is expensive.
        Api.Session pending = Api.pendingMember();
        String address = Api.randomAddress();
        int limit = 30; // %test.alumni.auth.throttle.max-attempts-per-address-per-minute
        for (int i = 0; i < limit; i++) {
            loginFrom(address, pending.email(), Api.PASSWORD).then().statusCode(200);
        }
        Response refused = loginFrom(address, pending.email(), Api.PASSWORD);
        refused.then().statusCode(429).body("type", equalTo("urn:alumni:problem:too-many-requests"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
    }

    @Test
    void throttlesRepeatedFailuresPerClientAddress() {
        String address = Api.randomAddress();
        for (int i = 0; i < 8; i++) {
            loginFrom(address, Api.uniqueEmail("guess"), "guess-password-" + i).then().statusCode(401);
        }
        Api.Session member = Api.activeMember();
        Response locked = loginFrom(address, member.email(), Api.PASSWORD);
        locked.then().statusCode(429);
        assertThat(locked.header("Retry-After")).isNotBlank();
        loginFrom(Api.randomAddress(), member.email(), Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void successResetsTheAccountCounter() {
        Api.Session member = Api.activeMember();
        String address = Api.randomAddress();
        for (int i = 0; i < 3; i++) {
            loginFrom(address, member.email(), "wrong-password-" + i).then().statusCode(401);
        }
        loginFrom(address, member.email(), Api.PASSWORD).then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            loginFrom(address, member.email(), "wrong-password-" + i).then().statusCode(401);
        }
        loginFrom(address, member.email(), Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void expiredCountersArePurged() {
        String address = Api.randomAddress();
        loginFrom(address, Api.uniqueEmail("nobody"), "some-wrong-password").then().statusCode(401);
        long before = counters();
        agedCounters();
        assertThat(throttle.purgeExpired(Duration.ofDays(1))).isPositive();
        assertThat(counters()).isLessThan(before);
    }

    @Transactional
    void agedCounters() {
        em.createNativeQuery("update login_throttle set window_started_at = now() - interval '2 days', locked_until = null")
                .executeUpdate();
    }

    long counters() {
        return ((Number) em.createNativeQuery("select count(*) from login_throttle").getSingleResult()).longValue();
    }

    private static Response loginFrom(String address, String email, String password) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body(Map.of("email", email, "password", password)).post("/api/v1/auth/login");
    }

    private static JsonNode part(String jwt, int index) throws Exception {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8));
    }

    /** The body without the parts that differ per request (path and correlation id). */
    private static String strip(String body) {
        return body.replaceAll("\"correlationId\":\"[^\"]*\"", "").replaceAll("\"instance\":\"[^\"]*\"", "");
    }
}
