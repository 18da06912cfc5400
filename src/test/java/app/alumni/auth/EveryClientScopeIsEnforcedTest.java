package app.alumni.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Walks the served OpenAPI document: every operation that declares a client scope refuses a client without it (403
 * {@code insufficient-scope} naming it) and lets one with it through; every other secured operation refuses clients,
 * whatever their scopes, as for members only. So the document and the code cannot disagree about what a client may do.
 */
@QuarkusTest
class EveryClientScopeIsEnforcedTest {

    private final Map<List<String>, Api.Client> clients = new HashMap<>();

    private Api.Client clientWith(List<String> scopes) {
        return clients.computeIfAbsent(scopes, s -> Api.client(s.toArray(String[]::new)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyScopedOperationNeedsItsScopeAndNothingElseLetsClientsIn() {
        Map<String, Object> document = Management.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .as(Map.class);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        List<String> scoped = new ArrayList<>();
        List<String> membersOnly = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || method.equals("parameters")) {
                return;
            }
            List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.get("security");
            if (security != null && security.stream().anyMatch(Map::isEmpty)) {
                return; // public
            }
            String op = method.toUpperCase() + " " + path;
            List<String> needed = security == null ? List.of()
                    : security.stream().filter(r -> r.containsKey("clientCredentials")).flatMap(r -> r.get("clientCredentials").stream())
                            .toList();
            if (needed.isEmpty()) {
                membersOnly.add(op);
                Response r = call(clientWith(Api.ALL_SCOPES), method, path);
                if (r.statusCode() != 403 || !"urn:alumni:problem:members-only".equals(r.path("type"))) {
                    failures.add(op + " with every scope → " + r.statusCode() + " " + r.path("type"));
                }
                return;
            }
            scoped.add(op);
            List<String> others = Api.ALL_SCOPES.stream().filter(s -> !needed.contains(s)).toList();
            Response without = call(clientWith(others), method, path);
            if (without.statusCode() != 403 || !"urn:alumni:problem:insufficient-scope".equals(without.path("type"))
                    || !String.valueOf(without.header("WWW-Authenticate")).contains(needed.get(0))) {
                failures.add(op + " without " + needed + " → " + without.statusCode() + " " + without.path("type"));
            }
            Response with = call(clientWith(List.copyOf(needed)), method, path);
            if (with.statusCode() == 401 || with.statusCode() == 403 || with.statusCode() >= 500) {
                failures.add(op + " with " + needed + " → " + with.statusCode() + " " + with.asString());
            }
        }));
        assertThat(scoped).hasSizeGreaterThanOrEqualTo(10);
        assertThat(membersOnly).hasSizeGreaterThan(40);
        assertThat(failures).isEmpty();
    }

    private static Response call(Api.Client client, String method, String path) {
        return client.as().contentType("application/json").body("{}")
                .request(method.toUpperCase(), path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
    }
}
