package app.alumni.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * HR's figures on a known data set: members, content and an application made through the API, then moved to 2001
 * (a year no other test writes to) so that the window holds exactly this data; groups under five are suppressed.
 */
@QuarkusTest
class StatsTest {

    private static final String OVERVIEW = "/api/v1/admin/stats/overview";
    private static final String COHORTS = "/api/v1/admin/stats/cohorts";
    private static final Map<String, Object> YEAR_2001 = Map.of("from", "2001-01-01", "to", "2002-01-01");

    @Inject
    AgroalDataSource dataSource;

    private void sql(String statement, Object... params) throws SQLException {
        try (var c = dataSource.getConnection(); var st = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        }
    }

    private UUID insert(String statement, Object... params) throws SQLException {
        UUID id = UUID.randomUUID();
        Object[] all = new Object[params.length + 1];
        all[0] = id;
        System.arraycopy(params, 0, all, 1, params.length);
        sql(statement, all);
        return id;
    }

    /**
     * Six members of one department and two of another, registered through the API; what they did is written in 2001 (a
     * year no other test writes to), as rows the service would write, so that the window holds exactly this data.
     */
    private String knownDataSet() throws SQLException {
        String t = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<String, Object> registration = Api.registration(Api.uniqueEmail("stats"));
            registration.put("lastDepartment", (i < 6 ? "統計部A-" : "統計部B-") + t);
            members.add(UUID.fromString(Api.activeMember(registration).id()));
        }
        String listing = Api.admin().as().contentType(ContentType.JSON).body(Map.of("kind", "JOB", "title", "統計エンジニア",
                "description", "分析です。", "employmentType", "FULL_TIME", "workStyle", "REMOTE")).post("/api/v1/jobs").then().statusCode(201)
                .extract().path("id");
        try (var c = dataSource.getConnection()) {
            // Registered on 1 February 2001, approved two days later.
            sql("update member set created_at = '2001-02-01T09:00:00+09', reviewed_at = '2001-02-03T09:00:00+09'"
                    + " where id = any (?)", c.createArrayOf("uuid", members.toArray()));
        }
        List<UUID> posts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            posts.add(insert("insert into post (id, type, author_id, body, created_at) values (?, 'DISCUSSION', ?, '統計の投稿',"
                    + " '2001-03-15T12:00:00+09')", members.get(i)));
        }
        for (int i = 0; i < 2; i++) {
            insert("insert into post_comment (id, post_id, author_id, body, created_at) values (?, ?, ?, '統計のコメント',"
                    + " '2001-03-16T12:00:00+09')", posts.get(1), members.get(0));
        }
        for (int i = 1; i < 4; i++) {
            sql("insert into post_reaction (post_id, member_id, type, created_at) values (?, ?, 'LIKE', '2001-03-17T12:00:00+09')",
                    posts.get(0), members.get(i));
        }
        for (int i = 6; i < 8; i++) {
            insert("insert into refresh_token (id, member_id, family_id, token_hash, issued_at, expires_at)"
                    + " values (?, ?, gen_random_uuid(), md5(random()::text), '2001-03-10T12:00:00+09', '2001-04-10T12:00:00+09')",
                    members.get(i));
        }
        insert("insert into job_application (id, listing_id, applicant_id, message, consent_at, status, created_at, updated_at)"
                + " values (?, ?, ?, '応募します', '2001-04-01T12:00:00+09', 'SUBMITTED', '2001-04-01T12:00:00+09', '2001-04-01T12:00:00+09')",
                UUID.fromString(listing), members.get(2));
        return t;
    }

    @Test
    void figuresOnAKnownDataSetWithSmallGroupsSuppressed() throws SQLException {
        String t = knownDataSet();
        Api.Session hr = Api.admin();

        JsonPath overview = hr.as().queryParams(YEAR_2001).get(OVERVIEW).then().statusCode(200).extract().jsonPath();
        assertThat(overview.getString("from")).isEqualTo("2001-01-01");
        assertThat(overview.getString("timeZone")).isEqualTo("Asia/Tokyo");
        assertThat(overview.getList("months.month")).hasSize(12).startsWith("2001-01", "2001-02").endsWith("2001-12");
        assertThat(overview.getLong("months[1].registrations")).isEqualTo(8);
        assertThat(overview.getLong("months[1].approvals")).isEqualTo(8);
        assertThat(overview.getDouble("months[1].medianHoursToApprove")).isEqualTo(48.0);
        assertThat(overview.getLong("months[2].activeMembers")).isEqualTo(8);
        assertThat(overview.getLong("months[2].posts")).isEqualTo(6);
        assertThat(overview.getLong("months[2].comments")).isEqualTo(2);
        assertThat(overview.getLong("months[2].reactions")).isEqualTo(3);
        assertThat(overview.getLong("months[3].activeMembers")).isEqualTo(1);
        assertThat(overview.getLong("months[0].registrations")).isZero();
        assertThat(overview.<String, Object>getMap("applications.byStatus")).hasSize(1).containsEntry("SUBMITTED", 1);
        assertThat(overview.getLong("members.byStatus.ACTIVE")).isPositive();

        JsonPath cohorts = hr.as().queryParams(YEAR_2001).queryParam("by", "lastDepartment").get(COHORTS).then().statusCode(200)
                .extract().jsonPath();
        assertThat(cohorts.getInt("minimumGroupSize")).isEqualTo(5);
        Map<String, Object> big = cohorts.getMap("groups.find { it.group == '統計部A-" + t + "' }");
        assertThat(big).containsEntry("suppressed", false).containsEntry("members", 6).containsEntry("activeMembers", 6)
                .containsEntry("posts", 6).containsEntry("comments", 2).containsEntry("reactions", 3).containsEntry("applications", 1)
                .containsEntry("hires", 0).containsEntry("eventAnswers", 0);
        Map<String, Object> small = cohorts.getMap("groups.find { it.group == '統計部B-" + t + "' }");
        assertThat(small).containsEntry("suppressed", true).containsEntry("members", null).containsEntry("activeMembers", null);

        // The same as CSV, for spreadsheets.
        byte[] csv = hr.as().accept("text/csv").queryParams(YEAR_2001).queryParam("by", "lastDepartment").get(COHORTS).then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFlastDepartment,suppressed,members,activeMembers,")
                .contains("統計部A-" + t + ",false,6,6,6,2,3,0,0,1,0,0,0").contains("統計部B-" + t + ",true,,,,,,,,,,,");
        String overviewCsv = new String(hr.as().accept("text/csv").queryParams(YEAR_2001).get(OVERVIEW).then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(overviewCsv).startsWith("\uFEFFsection,measure,key,value").contains("months,posts,2001-03,6");
    }

    @Test
    void whoMayReadTheFiguresAndWhichPeriods() {
        given().get(OVERVIEW).then().statusCode(401);
        Api.activeMember().as().get(OVERVIEW).then().statusCode(403);
        Api.client("members:read").as().get(OVERVIEW).then().statusCode(403).body("type", equalTo("urn:alumni:problem:insufficient-scope"));
        Api.client("stats:read").as().get(COHORTS + "?by=affiliation").then().statusCode(200).body("by", equalTo("affiliation"));
        Api.Session hr = Api.admin();
        // The default period: the twelve months to the end of this month.
        hr.as().get(OVERVIEW).then().statusCode(200).body("months.size()", equalTo(12));
        hr.as().queryParams(Map.of("from", "2026-05-01", "to", "2026-05-01")).get(OVERVIEW).then().statusCode(400)
                .body("errors.field", hasItem("from"));
        hr.as().queryParams(Map.of("from", "2000-01-01", "to", "2020-01-01")).get(OVERVIEW).then().statusCode(400)
                .body("errors.field", hasItem("to"));
        hr.as().queryParam("from", "yesterday").get(OVERVIEW).then().statusCode(400);
        hr.as().get(COHORTS).then().statusCode(400).body("errors.field", hasItem("by"));
        hr.as().get(COHORTS + "?by=shoeSize").then().statusCode(400);
    }
}
