package app.alumni.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Beyond signature, issuer, audience and expiry (checked by SmallRye JWT), a token must name the current signing key,
 * must not be issued in the future, and must belong to a sign-in that has not ended. The tokens here are signed with
 * the service's own key, so only the checked property differs from a genuine one.
 */
@QuarkusTest
class AccessTokenChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aTokenLikeTheIssuedOnesIsAccepted() throws Exception {
        Api.Session member = Api.activeMember();
        given().auth().oauth2(forge(member, claims(member), keyId(member))).get("/api/v1/members/me").then().statusCode(200);
    }

    @Test
    void aTokenNamingAnotherKeyIsRefused() throws Exception {
        Api.Session member = Api.activeMember();
        refused(forge(member, claims(member), "some-other-key"));
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() throws Exception {
        Api.Session member = Api.activeMember();
        Instant future = Instant.now().plusSeconds(3600);
        refused(forge(member, claims(member).issuedAt(future).expiresAt(future.plusSeconds(900)), keyId(member)));
    }

    @Test
    void aTokenWithoutItsSignInIsRefused() throws Exception {
        Api.Session member = Api.activeMember();
        JwtClaimsBuilder claims = Jwt.issuer("alumni-api").audience("alumni-api").subject(member.id())
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(900)).claim("jti", "x");
        refused(forge(member, claims, keyId(member)));
    }

    private static void refused(String token) {
        given().auth().oauth2(token).get("/api/v1/members/me").then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    /** The claims of the member's genuine token, issued now. */
    private static JwtClaimsBuilder claims(Api.Session member) throws Exception {
        JsonNode genuine = part(member.accessToken(), 1);
        return Jwt.issuer(genuine.get("iss").asText()).audience("alumni-api").subject(member.id())
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(900))
                .claim("jti", UUID.randomUUID().toString())
                .claim("sid", genuine.get("sid").asText());
    }

    private static String keyId(Api.Session member) throws Exception {
        return part(member.accessToken(), 0).get("kid").asText();
    }

    /** Signed with the service's own key (configured in the test profile). */
    private static String forge(Api.Session member, JwtClaimsBuilder claims, String keyId) {
        return claims.jws().keyId(keyId).sign();
    }

    private static JsonNode part(String jwt, int index) throws Exception {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8));
    }
}
