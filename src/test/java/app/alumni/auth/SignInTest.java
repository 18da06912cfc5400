package app.alumni.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class SignInTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("email", "password"));
    }

    @Test
    void throttlesRepeatedFailuresPerAccount() {
        Api.Session member = Api.activeMember();
        for (int i = 0; i < 5; i++) {
            Api.login(member.email(), "wrong-password-" + i).then().statusCode(401);
        }
        // Locked: even the right password is refused, from any address, with a Retry-After.
        Response locked = Api.login(member.email(), Api.PASSWORD);
        locked.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:alumni:problem:too-many-requests"));
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);
        // Other accounts are not affected.
        Api.Session other = Api.activeMember();
        Api.login(other.email(), Api.PASSWORD).then().statusCode(200);
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
        for (int i = 0; i < 4; i++) {
            Api.login(member.email(), "wrong-password-" + i).then().statusCode(401);
        }
        Api.login(member.email(), Api.PASSWORD).then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            Api.login(member.email(), "wrong-password-" + i).then().statusCode(401);
        }
        Api.login(member.email(), Api.PASSWORD).then().statusCode(200);
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
