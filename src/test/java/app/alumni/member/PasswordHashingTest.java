package app.alumni.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.concurrent.Semaphore;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class PasswordHashingTest {

    @Inject
    PasswordHasher hasher;

    @Test
    void whenEveryHashingSlotIsTakenSignInAnswers503Quickly() throws Exception {
        Api.Session member = Api.activeMember();
        Semaphore permits = hasher.permits();
        int taken = permits.drainPermits();
        try {
            long started = System.nanoTime();
            Response busy = Api.login(member.email(), Api.PASSWORD);
            busy.then().statusCode(503).contentType("application/problem+json")
                    .body("type", equalTo("urn:alumni:problem:service-busy"));
            assertThat(busy.header("Retry-After")).isNotBlank();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        } finally {
            permits.release(taken);
        }
        Api.login(member.email(), Api.PASSWORD).then().statusCode(200);
    }
}
