package app.alumni.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

@QuarkusTest
@TestProfile(RateLimitTest.SmallBudget.class)
class RateLimitTest {

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("alumni.rate-limit.requests-per-minute", "5");
        }
    }

    @Test
    void overBudgetIs429WithRetryAfter() {
        String address = "10.99.0." + (int) (Math.random() * 200 + 1);
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", address).get("/api/v1/privacy-policy").then().statusCode(200)
                    .header("RateLimit-Remaining", equalTo(Integer.toString(4 - i)));
        }
        Response refused = given().header("X-Forwarded-For", address).header("Accept-Language", "en").get("/api/v1/privacy-policy");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:alumni:problem:too-many-requests"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        // Another client is not affected.
        given().header("X-Forwarded-For", "10.98.0.1").get("/api/v1/privacy-policy").then().statusCode(200);
    }
}
