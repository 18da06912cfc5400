package app.alumni.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class UnexpectedFailureTest {

    @Test
    void unexpectedFailuresAre500WithACorrelationIdAndNoInternals() {
        Response response = given().header("Accept-Language", "ja").get("/api/v1/test-only/failure");
        response.then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:alumni:problem:internal-error"))
                .body("title", equalTo("サーバーエラー"));
        String body = response.asString();
        assertThat(body).doesNotContain("SELECT").doesNotContain("secret_table").doesNotContain("IllegalStateException")
                .doesNotContain("at app.alumni");
        String correlationId = response.path("correlationId");
        assertThat(correlationId).isNotBlank().isEqualTo(response.header("X-Request-Id"));
    }
}
