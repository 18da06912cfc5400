package app.alumni.member;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
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
 * Erasure (APPI, GDPR art. 17), walked through the endpoints: a member with something of every kind deletes their
 * account; sessions end, nothing personal is left on any endpoint or in the database, what others wrote stays, and
 * the address can register again. HR carries out a request the same way, with a reason.
 */
@QuarkusTest
class ErasureTest {

    @Inject
    AgroalDataSource dataSource;

    private static final String DELETION = "/api/v1/members/me/deletion";

    private static Map<String, Object> deletion(String password, String content) {
        Map<String, Object> body = new HashMap<>();
        body.put("password", password);
        body.put("content", content);
        return body;
    }

    private static String post(Api.Session author, String body) {
        return author.as().contentType(ContentType.JSON).body(Map.of("type", "DISCUSSION", "body", body, "tags", List.of("退会テスト")))
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    private static String comment(Api.Session author, String post, String body) {
        return author.as().contentType(ContentType.JSON).body(Map.of("body", body)).post("/api/v1/posts/" + post + "/comments").then()
                .statusCode(201).extract().path("id");
    }

    private static String event(int capacity) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(7).withNano(0);
        Map<String, Object> e = new HashMap<>(Map.of("title", "退会テストの会", "description", "交流会です。", "startsAt", start.toString(),
                "endsAt", start.plusHours(2).toString(), "format", "ONLINE", "onlineUrl", "https://meet.example.com/alumni",
                "capacity", capacity));
        return Api.admin().as().contentType(ContentType.JSON).body(e).post("/api/v1/events").then().statusCode(201).extract().path("id");
    }

    private static String rsvp(Api.Session member, String event) {
        return member.as().contentType(ContentType.JSON).body(Map.of("status", "GOING")).put("/api/v1/events/" + event + "/rsvp").then()
                .statusCode(200).extract().path("status");
    }

    private static String job() {
        Map<String, Object> job = new HashMap<>(Map.of("kind", "JOB", "title", "決済エンジニア", "description", "決済基盤の開発です。",
                "department", "開発本部", "location", "東京都", "employmentType", "FULL_TIME", "workStyle", "HYBRID"));
        return Api.admin().as().contentType(ContentType.JSON).body(job).post("/api/v1/jobs").then().statusCode(201).extract().path("id");
    }

    private static JsonPath survey() {
        Map<String, Object> s = new HashMap<>(Map.of("title", "近況アンケート", "anonymous", false, "audience", "ALL",
                "opensAt", OffsetDateTime.now().minusMinutes(1).toString(), "closesAt", OffsetDateTime.now().plusDays(7).toString(),
                "status", "OPEN", "questions", List.of(Map.of("type", "TEXT", "prompt", "ご意見をどうぞ", "required", true, "maxLength", 200))));
        return Api.admin().as().contentType(ContentType.JSON).body(s).post("/api/v1/surveys").then().statusCode(201).extract().jsonPath();
    }

    private long count(String sql, Object... params) throws SQLException {
        try (var c = dataSource.getConnection(); var st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aMemberDeletesTheirAccountAndKeepsWhatTheyWroteAnonymously() throws SQLException, InterruptedException {
        String email = Api.uniqueEmail("leaving");
        Api.Session leaving = Api.activeMember(Api.registration(email),
                Map.of("headline", "退会予定", "bio", "自己紹介", "skills", List.of("Kotlin"), "openTo", List.of("REHIRE")));
        Api.Session other = Api.activeMember();
        Api.Session hr = Api.admin();

        // Something of every kind: a post and a comment, a reaction, a seat on a full event, an application, a survey
        // answer, feedback, re-hire preferences, notification preferences, a member invitation.
        String own = post(leaving, "退会する人の投稿");
        String othersPost = post(other, "他の人の投稿");
        String ownComment = comment(leaving, othersPost, "退会する人のコメント");
        String othersComment = comment(other, own, "他の人のコメント");
        leaving.as().put("/api/v1/posts/" + othersPost + "/reactions/LIKE").then().statusCode(200);
        String event = event(1);
        assertThat(rsvp(leaving, event)).isEqualTo("GOING");
        assertThat(rsvp(other, event)).isEqualTo("WAITLISTED");
        String listing = job();
        String application = leaving.as().contentType(ContentType.JSON)
                .body(Map.of("message", "また一緒に働きたいです。", "resumeUrl", "https://files.example.jp/cv.pdf", "consentToShareProfile", true))
                .post("/api/v1/jobs/" + listing + "/applications").then().statusCode(201).extract().path("id");
        JsonPath survey = survey();
        leaving.as().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("questionId", survey.getString("questions[0].id"),
                "text", "楽しいです")))).post("/api/v1/surveys/" + survey.getString("id") + "/responses").then().statusCode(201);
        leaving.as().contentType(ContentType.JSON).body(Map.of("category", "IDEA", "message", "勉強会がほしい")).post("/api/v1/feedback")
                .then().statusCode(201);
        leaving.as().contentType(ContentType.JSON).body(Map.of("desiredRoles", List.of("テックリード")))
                .put("/api/v1/members/me/rehire-preferences").then().statusCode(200);
        leaving.as().contentType(ContentType.JSON).body(Map.of("email", Api.uniqueEmail("colleague"), "name", "同僚"))
                .post("/api/v1/members/me/invitations").then().statusCode(201);
        leaving.as().post("/api/v1/members/me/exports").then().statusCode(202);
        leaving.as().put("/api/v1/members/me/blocks/" + other.id()).then().statusCode(204);
        UUID id = UUID.fromString(leaving.id());
        assertThat(count("select count(*) from notification where member_id = ?", id)
                + count("select count(*) from member_consent where member_id = ?", id)).isPositive();

        // The password confirms it: a wrong one is a field error, a missing choice too.
        leaving.as().contentType(ContentType.JSON).body(deletion("not-my-password", "KEEP_ANONYMOUS")).post(DELETION).then()
                .statusCode(400).body("errors[0].field", equalTo("password"));
        leaving.as().contentType(ContentType.JSON).body(deletion(Api.PASSWORD, null)).post(DELETION).then().statusCode(400)
                .body("errors.field", hasItem("content"));
        given().contentType(ContentType.JSON).body(deletion(Api.PASSWORD, "KEEP_ANONYMOUS")).post(DELETION).then().statusCode(401);

        leaving.as().contentType(ContentType.JSON).body(deletion(Api.PASSWORD, "KEEP_ANONYMOUS")).post(DELETION).then().statusCode(204);

        // Every session ended at once; the old address and password sign no one in.
        leaving.as().get("/api/v1/members/me").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", leaving.refreshToken())).post("/api/v1/auth/refresh").then()
                .statusCode(401);
        Api.login(email, Api.PASSWORD).then().statusCode(401);

        // Gone from the directory and the profile; kept posts and comments show a former member.
        other.as().get("/api/v1/members/" + id).then().statusCode(404);
        other.as().get("/api/v1/posts/" + own).then().statusCode(200).body("body", equalTo("退会する人の投稿"))
                .body("author.formerMember", equalTo(true)).body("author.displayName", equalTo("退会したメンバー"))
                .body("author.id", nullValue());
        other.as().get("/api/v1/posts/" + othersPost + "/comments").then().statusCode(200)
                .body("items.find { it.id == '" + ownComment + "' }.author.formerMember", equalTo(true))
                .body("items.find { it.id == '" + ownComment + "' }.author.id", nullValue());
        other.as().get("/api/v1/posts/" + own + "/comments").then().statusCode(200)
                .body("items.find { it.id == '" + othersComment + "' }.author.id", equalTo(other.id()));
        // The reaction is gone, with its count.
        other.as().get("/api/v1/posts/" + othersPost).then().body("reactionCounts.LIKE", equalTo(0));
        // The seat went to the waitlist; the list of attendees names no one erased.
        other.as().get("/api/v1/events/" + event).then().statusCode(200).body("myRsvp", equalTo("GOING"));
        hr.as().get("/api/v1/events/" + event + "/attendees").then().statusCode(200).body("items.memberId", not(hasItem(id.toString())))
                .body("items.memberId", hasItem(other.id()));
        // The application stays for HR's figures, naming no one, without what was written.
        hr.as().get("/api/v1/applications/" + application).then().statusCode(200).body("applicant", nullValue())
                .body("message", nullValue()).body("resumeUrl", nullValue()).body("status", equalTo("SUBMITTED"));
        String csv = hr.as().get("/api/v1/jobs/" + listing + "/applications/export.csv").then().statusCode(200).extract().asString();
        assertThat(csv).contains(application).doesNotContain(email).doesNotContain("また一緒に");
        // The survey answer stays, unlinked.
        hr.as().get("/api/v1/surveys/" + survey.getString("id") + "/responses").then().statusCode(200)
                .body("items[0].respondentId", nullValue());
        // HR sees a tombstone.
        hr.as().get("/api/v1/admin/registrations/" + id).then().statusCode(200).body("status", equalTo("DELETED"))
                .body("email", nullValue()).body("fullName", nullValue()).body("deletedAt", not(nullValue()));

        // Nothing personal is left in the database.
        assertThat(count("select count(*) from member where id = ? and email like 'erased-%@erased.invalid' and full_name = ''"
                + " and headline is null and bio is null and skills = '{}' and open_to = '{}' and status = 'DELETED' and roles = '{}'", id))
                .isEqualTo(1);
        // A mail in the middle of being sent is left to the outbox worker, which removes it at its next poll.
        long deadline = System.currentTimeMillis() + 15_000;
        while (count("select count(*) from mail_outbox where member_id = ? or lower(recipient) = lower(?)", id, email) > 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        for (String table : List.of("notification", "notification_preference", "member_consent", "refresh_token", "account_token",
                "rehire_preference", "post_reaction", "event_rsvp", "survey_participation", "calendar_feed", "digest_delivery",
                "unsubscribe_token", "mail_outbox", "member_export", "member_month")) {
            assertThat(count("select count(*) from " + table + " where member_id = ?", id)).as(table).isZero();
        }
        assertThat(count("select count(*) from job_application where applicant_id = ?", id)).isZero();
        assertThat(count("select count(*) from member_block where blocker_id = ? or blocked_id = ?", id, id)).isZero();
        assertThat(count("select count(*) from survey_response where member_id = ?", id)).isZero();
        assertThat(count("select count(*) from invitation where invited_by = ?", id)).isZero();
        assertThat(count("select count(*) from mail_outbox where lower(recipient) = lower(?)", email)).isZero();
        assertThat(count("select count(*) from member_erasure where member_id = ? and requested_by = ? and content = 'KEEP_ANONYMOUS'",
                id, id)).isEqualTo(1);

        // The address can register again, as a new account.
        String again = Api.registered(Api.registration(email));
        assertThat(again).isNotEqualTo(id.toString());
    }

    @Test
    void aMemberWhoChoosesDeleteTakesTheirPostsAndCommentsWithThem() throws SQLException {
        Api.Session leaving = Api.activeMember();
        Api.Session other = Api.activeMember();
        String own = post(leaving, "消える投稿");
        String othersPost = post(other, "残る投稿");
        String ownComment = comment(leaving, othersPost, "消えるコメント");
        comment(other, othersPost, "残るコメント");
        other.as().get("/api/v1/posts/" + othersPost).then().body("commentCount", equalTo(2));

        leaving.as().contentType(ContentType.JSON).body(deletion(Api.PASSWORD, "DELETE")).post(DELETION).then().statusCode(204);

        other.as().get("/api/v1/posts/" + own).then().statusCode(404);
        other.as().get("/api/v1/posts/" + othersPost).then().statusCode(200).body("commentCount", equalTo(1));
        other.as().get("/api/v1/posts/" + othersPost + "/comments").then().body("items.id", not(hasItem(ownComment)));
        // The text itself is gone, not only hidden.
        assertThat(count("select count(*) from post where id = ? and body = '-' and deleted_at is not null", UUID.fromString(own)))
                .isEqualTo(1);
        assertThat(count("select count(*) from post_comment where id = ? and body = '-'", UUID.fromString(ownComment))).isEqualTo(1);
        assertThat(count("select count(*) from feedback where author_id = ?", UUID.fromString(leaving.id()))).isZero();
    }

    @Test
    void aPendingMemberMayDeleteTheirRegistration() {
        Api.Session pending = Api.pendingMember();
        pending.as().contentType(ContentType.JSON).body(deletion(Api.PASSWORD, "DELETE")).post(DELETION).then().statusCode(204);
        pending.as().get("/api/v1/members/me").then().statusCode(401);
        Api.admin().as().get("/api/v1/admin/registrations/" + pending.id()).then().body("status", equalTo("DELETED"));
    }

    @Test
    void hrCarriesOutADeletionRequestWithAReason() throws SQLException {
        Api.Session hr = Api.admin();
        Api.Session member = Api.activeMember();
        String path = "/api/v1/admin/members/" + member.id() + "/erase";
        Map<String, Object> request = Map.of("reason", "本人からの削除依頼（電話）", "content", "KEEP_ANONYMOUS");

        given().contentType(ContentType.JSON).body(request).post(path).then().statusCode(401);
        Api.activeMember().as().contentType(ContentType.JSON).body(request).post(path).then().statusCode(403);
        Api.client("members:write").as().contentType(ContentType.JSON).body(request).post(path).then().statusCode(403);
        hr.as().contentType(ContentType.JSON).body(Map.of("reason", " ")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("reason")).body("errors.field", hasItem("content"));
        hr.as().contentType(ContentType.JSON).body(request).post("/api/v1/admin/members/" + UUID.randomUUID() + "/erase").then()
                .statusCode(404);
        hr.as().contentType(ContentType.JSON).body(request).post("/api/v1/admin/members/" + hr.id() + "/erase").then().statusCode(409)
                .body("type", equalTo("urn:alumni:problem:invalid-state"));

        JsonPath erased = hr.as().contentType(ContentType.JSON).body(request).post(path).then().statusCode(200)
                .body("memberId", equalTo(member.id())).body("requestedBy", equalTo(hr.id()))
                .body("reason", equalTo("本人からの削除依頼（電話）")).body("content", equalTo("KEEP_ANONYMOUS")).extract().jsonPath();
        member.as().get("/api/v1/members/me").then().statusCode(401);
        // Again: the same record, nothing changes.
        hr.as().contentType(ContentType.JSON).body(Map.of("reason", "二度目", "content", "DELETE")).post(path).then().statusCode(200)
                .body("reason", equalTo("本人からの削除依頼（電話）")).body("erasedAt", equalTo(erased.getString("erasedAt")));
        assertThat(count("select count(*) from member_erasure where member_id = ?", UUID.fromString(member.id()))).isEqualTo(1);
        // The audit log has the erasure, by whom.
        hr.as().queryParams(Map.of("targetId", member.id(), "action", "member.erase")).get("/api/v1/admin/audit-log").then()
                .statusCode(200).body("items[0].actor.id", equalTo(hr.id())).body("items[0].outcome", equalTo("SUCCEEDED"));
    }

    @Test
    void theLastHrAdminCannotLeave() throws SQLException {
        Api.Session hr = Api.admin();
        // Leave exactly one active HR admin: others made admins by other tests become alumni.
        try (var c = dataSource.getConnection(); var st = c.prepareStatement(
                "update member set roles = '{ALUMNUS}' where id <> ? and 'HR_ADMIN' = any (roles)")) {
            st.setObject(1, UUID.fromString(hr.id()));
            st.executeUpdate();
        }
        hr.as().contentType(ContentType.JSON).body(deletion(Api.ADMIN_PASSWORD, "KEEP_ANONYMOUS")).post(DELETION).then()
                .statusCode(409).body("type", equalTo("urn:alumni:problem:last-hr-admin"));
        hr.as().get("/api/v1/members/me").then().statusCode(200);
    }
}
