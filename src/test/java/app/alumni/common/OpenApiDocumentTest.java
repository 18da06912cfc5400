package app.alumni.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import app.alumni.support.Management;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed {@code openapi/openapi.yaml} is the contract clients are generated from: it must be exactly what the
 * service serves. After changing the API, refresh it with
 * {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dalumni.openapi.update=true} and review the diff.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");

    @Test
    void committedDocumentIsWhatTheServiceServes() throws Exception {
        String served = Management.given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target", "openapi-served.yaml"), served, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("alumni.openapi.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertThat(COMMITTED).exists();
        assertThat(served).as("openapi/openapi.yaml is out of date; see this test's Javadoc to refresh it")
                .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    }

    @Test
    void swaggerUiIsServed() {
        Management.given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
