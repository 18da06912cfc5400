package app.alumni.member;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AdminTest {

    @Test
    void listsPendingRegistrationsOldestFirstWithKeysetPages() {
        Api.Session admin = Api.admin();
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            var body = Api.registration(Api.uniqueEmail("queue"));
            body.put("employeeNumber", "Q" + i);
            mine.add(Api.registered(body));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = admin.as().queryParam("status", "PENDING").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/admin/registrations").then().statusCode(200).extract();
            List<String> ids = page.path("items.id");
            assertThat(ids.size()).isLessThanOrEqualTo(2);
            seen.addAll(ids);
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null && pages < 500);
        assertThat(seen).doesNotHaveDuplicates().containsAll(mine);
        // Declared data is there for HR to check.
        admin.as().queryParam("limit", 100).get("/api/v1/admin/registrations").then()
                .body("items.employeeNumber", hasItem("Q0"))
                .body("items.status", everyItem(equalTo("PENDING")));
    }

    @Test
    void registrationListIsForHrOnlyAndValidatesItsParameters() {
        Api.Session member = Api.activeMember();
        member.as().get("/api/v1/admin/registrations").then().statusCode(403)
                .body("type", equalTo("urn:alumni:problem:forbidden"));
        Api.Session admin = Api.admin();
        admin.as().queryParam("limit", 101).get("/api/v1/admin/registrations").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        admin.as().queryParam("limit", 0).get("/api/v1/admin/registrations").then().statusCode(400);
        admin.as().queryParam("cursor", "garbage").get("/api/v1/admin/registrations").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void approvalActivatesWithTheRoleOfTheAffiliation() {
        Api.Session admin = Api.admin();
        var employee = Api.registration(Api.uniqueEmail("employee"));
        employee.put("affiliation", "EMPLOYEE");
        employee.remove("leftOn");
        String id = Api.registered(employee);
        admin.as().post("/api/v1/admin/registrations/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("reviewedAt", notNullValue());
        // Approving twice is harmless.
        admin.as().post("/api/v1/admin/registrations/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        Api.signIn((String) employee.get("email"), Api.PASSWORD).as().get("/api/v1/members/me").then()
                .body("roles", containsInAnyOrder("EMPLOYEE"));
    }

    @Test
    void rejectionNeedsAReasonAndIsFinal() {
        Api.Session admin = Api.admin();
        String id = Api.registered(Api.registration(Api.uniqueEmail("reject")));
        admin.as().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/admin/registrations/" + id + "/reject")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        admin.as().contentType(ContentType.JSON).body(Map.of("reason", "在籍記録なし"))
                .post("/api/v1/admin/registrations/" + id + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectionReason", equalTo("在籍記録なし"));
        admin.as().post("/api/v1/admin/registrations/" + id + "/approve").then().statusCode(409)
                .body("type", equalTo("urn:alumni:problem:invalid-state"));
        // Rejecting an active member is not how suspension works.
        Api.Session member = Api.activeMember();
        admin.as().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/admin/registrations/" + member.id() + "/reject").then().statusCode(409);
    }

    @Test
    void verificationIsForHrOnlyAndNeedsAnExistingMember() {
        String id = Api.registered(Api.registration(Api.uniqueEmail("verif")));
        Api.Session member = Api.activeMember();
        member.as().post("/api/v1/admin/registrations/" + id + "/approve").then().statusCode(403);
        member.as().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/admin/registrations/" + id + "/reject").then().statusCode(403);
        given().post("/api/v1/admin/registrations/" + id + "/approve").then().statusCode(401);
        Api.admin().as().post("/api/v1/admin/registrations/" + UUID.randomUUID() + "/approve").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void hrChangesRolesAndTheNewRolesApplyAtOnce() {
        Api.Session admin = Api.admin();
        Api.Session member = Api.activeMember();
        member.as().get("/api/v1/admin/registrations").then().statusCode(403);
        admin.as().contentType(ContentType.JSON).body(Map.of("roles", List.of("ALUMNUS", "HR_ADMIN")))
                .patch("/api/v1/admin/members/" + member.id()).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("roles", containsInAnyOrder("ALUMNUS", "HR_ADMIN"));
        member.as().get("/api/v1/admin/registrations").then().statusCode(200);
        admin.as().contentType(ContentType.JSON).body(Map.of("roles", List.of("ALUMNUS")))
                .patch("/api/v1/admin/members/" + member.id()).then().statusCode(200);
        member.as().get("/api/v1/admin/registrations").then().statusCode(403);
    }

    @Test
    void adminPatchValidatesAndHonoursIfMatch() {
        Api.Session admin = Api.admin();
        Api.Session member = Api.activeMember();
        String path = "/api/v1/admin/members/" + member.id();
        admin.as().contentType(ContentType.JSON).body(Map.of()).patch(path).then().statusCode(400);
        admin.as().contentType(ContentType.JSON).body(Map.of("roles", List.of())).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("roles"));
        admin.as().contentType(ContentType.JSON).body(Map.of("roles", List.of("KING"))).patch(path).then().statusCode(400);
        admin.as().contentType(ContentType.JSON).body(Map.of("status", "DELETED")).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        String read = admin.as().get("/api/v1/members/" + member.id()).then().statusCode(200).extract().header("ETag");
        String etag = admin.as().contentType(ContentType.JSON).header("If-Match", read).body(Map.of("roles", List.of("ALUMNUS",
                "MODERATOR")))
                .patch(path).then().statusCode(200).extract().header("ETag");
        assertThat(etag).isNotEqualTo(read);
        admin.as().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("roles", List.of("ALUMNUS")))
                .patch(path).then().statusCode(412).body("type", equalTo("urn:alumni:problem:stale-version"));
        admin.as().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("roles", List.of("ALUMNUS")))
                .patch(path).then().statusCode(200);
        admin.as().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED"))
                .patch("/api/v1/admin/members/" + UUID.randomUUID()).then().statusCode(404);
        member.as().contentType(ContentType.JSON).body(Map.of("roles", List.of("HR_ADMIN"))).patch(path).then().statusCode(403);
        // A pending registration is approved, not activated by a status change.
        String pending = Api.registered(Api.registration(Api.uniqueEmail("pend")));
        admin.as().contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                .patch("/api/v1/admin/members/" + pending).then().statusCode(409);
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        Api.Session bootstrap = Api.admin();
        Api.Session x = Api.activeMember();
        Api.Session y = Api.activeMember();
        for (Api.Session s : List.of(x, y)) {
            bootstrap.as().contentType(ContentType.JSON).body(Map.of("roles", List.of("ALUMNUS", "HR_ADMIN")))
                    .patch("/api/v1/admin/members/" + s.id()).then().statusCode(200);
        }
        demoteOtherAdmins(bootstrap, Set.of(bootstrap.id(), x.id(), y.id()));
        // The bootstrap admin steps down, leaving x and y as the only HR admins.
        bootstrap.as().contentType(ContentType.JSON).body(Map.of("roles", List.of("EMPLOYEE")))
                .patch("/api/v1/admin/members/" + bootstrap.id()).then().statusCode(200);
        // x demotes y while y demotes x.
        List<Api.Session> admins = List.of(x, y);
        List<Integer> codes = Concurrently.run(2, 2, i -> admins.get(i).as().contentType(ContentType.JSON).body(Map.of("roles",
                List.of("ALUMNUS")))
                .patch("/api/v1/admin/members/" + admins.get(1 - i).id()).statusCode());
        // Exactly one demotion goes through. The other is refused: 409 when both ran at once (the database
        // serialises them), or 403 when the loser was no longer an admin by the time it was authorised.
        boolean xIsAdmin = x.as().get("/api/v1/admin/registrations").statusCode() == 200;
        boolean yIsAdmin = y.as().get("/api/v1/admin/registrations").statusCode() == 200;
        Api.Session survivor = xIsAdmin ? x : y;
        // Whoever is left restores the bootstrap admin for the other tests.
        survivor.as().contentType(ContentType.JSON).body(Map.of("roles", List.of("EMPLOYEE", "HR_ADMIN")))
                .patch("/api/v1/admin/members/" + bootstrap.id()).then().statusCode(200);
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("roles", List.of("ALUMNUS")))
                .patch("/api/v1/admin/members/" + survivor.id()).then().statusCode(200);
        assertThat(codes).containsOnlyOnce(200);
        assertThat(codes).containsAnyOf(409, 403);
        assertThat(xIsAdmin ^ yIsAdmin).as("exactly one of them is still HR admin").isTrue();
    }

    /** Leaves HR_ADMIN only with the members in {@code keep}. */
    private static void demoteOtherAdmins(Api.Session admin, Set<String> keep) {
        String cursor = null;
        do {
            var request = admin.as().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/members").then().statusCode(200).extract();
            for (String id : page.<List<String>>path("items.id")) {
                if (!keep.contains(id)) {
                    List<String> roles = admin.as().get("/api/v1/members/" + id).then().extract().path("account.roles");
                    if (roles != null && roles.contains("HR_ADMIN")) {
                        admin.as().contentType(ContentType.JSON).body(Map.of("roles", List.of("ALUMNUS")))
                                .patch("/api/v1/admin/members/" + id).then().statusCode(200);
                    }
                }
            }
            cursor = page.path("nextCursor");
        } while (cursor != null);
    }

    @Test
    void theLastHrAdminCannotBeRemoved() {
        Api.Session admin = Api.admin();
        // Leave exactly one active HR admin: demote everyone else who became one in other tests.
        demoteOtherAdmins(admin, Set.of(admin.id()));
        admin.as().contentType(ContentType.JSON).body(Map.of("roles", List.of("EMPLOYEE")))
                .patch("/api/v1/admin/members/" + admin.id()).then().statusCode(409)
                .body("type", equalTo("urn:alumni:problem:last-hr-admin"));
        admin.as().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED"))
                .patch("/api/v1/admin/members/" + admin.id()).then().statusCode(409);
        // With a second admin, the first may step down.
        Api.Session second = Api.activeMember();
        admin.as().contentType(ContentType.JSON).body(Map.of("roles", List.of("ALUMNUS", "HR_ADMIN")))
                .patch("/api/v1/admin/members/" + second.id()).then().statusCode(200);
        second.as().contentType(ContentType.JSON).body(Map.of("roles", List.of("EMPLOYEE")))
                .patch("/api/v1/admin/members/" + admin.id()).then().statusCode(200);
        admin.as().get("/api/v1/admin/registrations").then().statusCode(403);
        // And now the second is the last one; restore the bootstrap admin for other tests.
        second.as().contentType(ContentType.JSON).body(Map.of("roles", List.of("ALUMNUS")))
                .patch("/api/v1/admin/members/" + second.id()).then().statusCode(409);
        second.as().contentType(ContentType.JSON).body(Map.of("roles", List.of("EMPLOYEE", "HR_ADMIN")))
                .patch("/api/v1/admin/members/" + admin.id()).then().statusCode(200);
    }
}
