package app.alumni.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import app.alumni.common.Audited;
import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every administrative action marked {@link Audited} writes its line, found by its action name: each is tried by a
 * member who may not do it (or with an empty body), and the refusal is on the log with who tried. Found in the code,
 * so a new action cannot be left out.
 */
@QuarkusTest
class EveryAuditedActionIsWrittenTest {

    record Action(String method, String path, String name) {
    }

    private static List<Action> auditedActions() {
        List<Action> actions = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.alumni")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = type.reflect();
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getDeclaredMethods()) {
                Audited audited = m.getAnnotation(Audited.class);
                if (audited == null || audited.read()) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String path = (base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/").replaceAll("/$", "");
                actions.add(new Action(httpMethod(m), path, audited.action()));
            }
        }
        return actions;
    }

    private static String httpMethod(Method m) {
        if (m.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (m.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (m.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        }
        if (m.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        if (m.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        throw new IllegalStateException(m + " has no HTTP method");
    }

    @Test
    void everyAdministrativeActionIsWrittenEvenWhenRefused() throws InterruptedException {
        List<Action> actions = auditedActions();
        assertThat(actions).hasSizeGreaterThan(30);
        Api.Session member = Api.activeMember();
        for (Action action : actions) {
            String path = action.path().replaceAll("\\{[^}:]+(:[^}]*)?}", UUID.randomUUID().toString());
            member.as().contentType("application/json").body("{}").request(action.method(), path);
        }
        Api.Session hr = Api.admin();
        List<String> missing = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 10_000;
        for (Action action : actions) {
            while (true) {
                List<String> written = hr.as().queryParams(Map.of("actorId", member.id(), "action", action.name(), "limit", 1))
                        .get("/api/v1/admin/audit-log").then().statusCode(200).extract().path("items.action");
                if (!written.isEmpty()) {
                    break;
                }
                if (System.currentTimeMillis() > deadline) {
                    missing.add(action.method() + " " + action.path() + " (" + action.name() + ")");
                    break;
                }
                Thread.sleep(100);
            }
        }
        assertThat(missing).isEmpty();
    }
}
