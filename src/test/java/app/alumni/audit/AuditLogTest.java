package app.alumni.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * HR's audit log: what staff and clients read and do is written as it happens, with who, what, for whom, from where
 * and how it ended; members see who read their data; nobody can change or remove a line but the retention purge.
 */
@QuarkusTest
class AuditLogTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditRetention retention;

    private static JsonPath entries(Api.Session hr, Map<String, Object> filter) {
        return hr.as().queryParams(filter).get("/api/v1/admin/audit-log").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anApprovalIsWrittenWithWhoWhatWhenWhereAndHow() {
        Api.Session hr = Api.admin();
        String applicant = Api.registered(Api.registration(Api.uniqueEmail("audited")));
        String requestId = "audit-" + UUID.randomUUID();
        hr.as().header("X-Request-Id", requestId).post("/api/v1/admin/registrations/" + applicant + "/approve").then().statusCode(200);

        JsonPath log = entries(hr, Map.of("targetId", applicant, "action", "registration.approve"));
        assertThat(log.getList("items")).hasSize(1);
        assertThat(log.getString("items[0].actor.kind")).isEqualTo("MEMBER");
        assertThat(log.getString("items[0].actor.id")).isEqualTo(hr.id());
        assertThat(log.getString("items[0].actor.role")).isEqualTo("HR_ADMIN");
        assertThat(log.getString("items[0].targetType")).isEqualTo("member");
        assertThat(log.getList("items[0].subjectIds")).containsExactly(applicant);
        assertThat(log.getString("items[0].requestId")).isEqualTo(requestId);
        assertThat(log.getString("items[0].clientAddress")).isNotBlank();
        assertThat(log.getString("items[0].outcome")).isEqualTo("SUCCEEDED");
        assertThat(log.getInt("items[0].status")).isEqualTo(200);

        // The same action refused (already decided) and tried by a member: written too, with its outcome.
        hr.as().contentType(ContentType.JSON).body(Map.of("reason", "重複")).post("/api/v1/admin/registrations/" + applicant + "/reject")
                .then().statusCode(409);
        Api.Session member = Api.activeMember();
        member.as().post("/api/v1/admin/registrations/" + applicant + "/approve").then().statusCode(403);
        // A refusal before the operation runs is written off the I/O thread, a moment later.
        JsonPath refused = await(() -> entries(hr, Map.of("targetId", applicant)), l -> l.getList("items").size() == 3);
        assertThat(refused.getList("items.action")).containsExactly("registration.approve", "registration.reject", "registration.approve");
        assertThat(refused.getList("items.outcome")).containsExactly("REFUSED", "REFUSED", "SUCCEEDED");
        assertThat(refused.getList("items.actor.role")).containsExactly("MEMBER", "HR_ADMIN", "HR_ADMIN");
    }

    @Test
    void staffAndClientReadsOfPersonalDataAreWrittenAndTheMemberSeesThem() {
        Api.Session hr = Api.admin();
        String skill = "Audit" + UUID.randomUUID().toString().substring(0, 6);
        Api.Session candidate = Api.activeMember(Api.registration(Api.uniqueEmail("candidate")),
                Map.of("openTo", List.of("REHIRE"), "skills", List.of(skill)));
        hr.as().queryParam("skill", skill).get("/api/v1/admin/talent-pool").then().statusCode(200)
                .body("items.memberId", hasItem(candidate.id()));
        Api.Client client = Api.client("members:read");
        client.as().get("/api/v1/admin/registrations/" + candidate.id()).then().statusCode(200);
        // A member looking at another in the directory is the community, not a read HR must account for.
        Api.Session peer = Api.activeMember();
        peer.as().get("/api/v1/members/" + candidate.id()).then().statusCode(200);
        hr.as().get("/api/v1/members/" + candidate.id()).then().statusCode(200);

        JsonPath mine = candidate.as().get("/api/v1/members/me/access-log").then().statusCode(200).extract().jsonPath();
        assertThat(mine.getList("items.action")).containsExactly("member.read", "registration.read", "talent-pool.read");
        assertThat(mine.getList("items.role")).containsExactly("HR_ADMIN", "API_CLIENT", "HR_ADMIN");
        assertThat(mine.getString("items[1].clientName")).isEqualTo("test client");
        assertThat(mine.getString("items[0].clientName")).isNull();
        assertThat(mine.getMap("items[0]")).doesNotContainKeys("actorId", "name", "clientAddress");

        JsonPath clientReads = entries(hr, Map.of("actorId", client.id()));
        assertThat(clientReads.getList("items.action")).containsExactly("registration.read");
        assertThat(clientReads.getString("items[0].actor.name")).isEqualTo("test client");
        assertThat(entries(hr, Map.of("actorId", peer.id())).getList("items")).isEmpty();

        // Paging of the member's log, and who may see it.
        JsonPath first = candidate.as().queryParam("limit", 2).get("/api/v1/members/me/access-log").then().extract().jsonPath();
        assertThat(first.getList("items")).hasSize(2);
        candidate.as().queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor")).get("/api/v1/members/me/access-log")
                .then().statusCode(200).body("items.action", equalTo(List.of("talent-pool.read")));
        given().get("/api/v1/members/me/access-log").then().statusCode(401);
        client.as().get("/api/v1/members/me/access-log").then().statusCode(403).body("type", equalTo("urn:alumni:problem:members-only"));
    }

    @Test
    void hrFiltersPagesAndExportsTheLogAndOnlyHrReadsIt() {
        Api.Session hr = Api.admin();
        String applicant = Api.registered(Api.registration(Api.uniqueEmail("filtered")));
        String from = Instant.now().minusSeconds(5).toString();
        hr.as().get("/api/v1/admin/registrations/" + applicant).then().statusCode(200);
        hr.as().post("/api/v1/admin/registrations/" + applicant + "/approve").then().statusCode(200);
        String to = Instant.now().plusSeconds(5).toString();

        JsonPath page = entries(hr, Map.of("targetId", applicant, "from", from, "to", to, "limit", 1));
        assertThat(page.getList("items.action")).containsExactly("registration.approve");
        JsonPath next = entries(hr, Map.of("targetId", applicant, "limit", 1, "cursor", page.getString("nextCursor")));
        assertThat(next.getList("items.action")).containsExactly("registration.read");
        assertThat(entries(hr, Map.of("targetId", applicant, "to", from)).getList("items")).isEmpty();
        hr.as().queryParam("from", "yesterday").get("/api/v1/admin/audit-log").then().statusCode(400);

        byte[] csv = hr.as().queryParam("targetId", applicant).get("/api/v1/admin/audit-log/export.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFat,actor_kind,actor_id,actor_role,actor_name,action,target_type,target_id,subject_ids");
        assertThat(text.lines()).hasSize(3);
        assertThat(text).contains("registration.approve").contains(applicant);
        // Reading the log is on the log.
        assertThat(entries(hr, Map.of("actorId", hr.id(), "action", "audit-log.export")).getList("items")).isNotEmpty();

        given().get("/api/v1/admin/audit-log").then().statusCode(401);
        Api.activeMember().as().get("/api/v1/admin/audit-log").then().statusCode(403);
        Api.client(Api.ALL_SCOPES.toArray(String[]::new)).as().get("/api/v1/admin/audit-log").then().statusCode(403);
    }

    @Test
    void nothingChangesOrRemovesALineButThePurgeOfWhatIsPastRetention() throws Exception {
        UUID old = insert(Instant.now().minus(6 * 366, ChronoUnit.DAYS));
        UUID recent = insert(Instant.now().minus(10, ChronoUnit.DAYS));
        for (String sql : List.of("update audit_entry set action = 'x' where id = '" + recent + "'",
                "delete from audit_entry where id = '" + old + "'", "truncate audit_entry")) {
            assertThatThrownBy(() -> execute(sql)).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(retention.purge()).isGreaterThanOrEqualTo(1);
        assertThat(count(old)).isZero();
        assertThat(count(recent)).isOne();
    }

    private static JsonPath await(Supplier<JsonPath> read, Predicate<JsonPath> done) {
        JsonPath last = read.get();
        for (int i = 0; i < 50 && !done.test(last); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = read.get();
        }
        return last;
    }

    private UUID insert(Instant at) throws SQLException {
        UUID id = UUID.randomUUID();
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement("insert into audit_entry (id, at,"
                + " actor_kind, actor_id, actor_role, action, target_type, outcome, status) values (?, ?, 'MEMBER', ?, 'HR_ADMIN',"
                + " 'member.read', 'member', 'SUCCEEDED', 200)")) {
            statement.setObject(1, id);
            statement.setTimestamp(2, Timestamp.from(at));
            statement.setObject(3, UUID.randomUUID());
            statement.executeUpdate();
        }
        return id;
    }

    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(UUID id) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select count(*) from audit_entry where id = ?")) {
            statement.setObject(1, id);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
