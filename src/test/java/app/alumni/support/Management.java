package app.alumni.support;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Requests to the management interface (health, metrics, OpenAPI document, Swagger UI), which has a port of its own. */
public final class Management {

    private Management() {
    }

    public static RequestSpecification given() {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return RestAssured.given().baseUri("http://localhost").port(port);
    }
}
