package app.alumni.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
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
import io.restassured.response.Response;

/**
 * A member's personal-data export, walked through the endpoints: asked for, produced in the background, downloaded
 * by its owner only; it holds every kind of data the member has, and nothing of other members or of HR's notes.
 */
@QuarkusTest
class ExportTest {

    private static final String EXPORTS = "/api/v1/members/me/exports";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ExportWorker worker;

    private static String post(Api.Session author, String body) {
        return author.as().contentType(ContentType.JSON).body(Map.of("type", "DISCUSSION", "body", body, "tags", List.of("書き出し")))
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
    }

    /** Asks for an export and waits until it is ready; answers its status. */
    private static JsonPath readyExport(Api.Session member) {
        Response asked = member.as().post(EXPORTS);
        asked.then().statusCode(202).header("Location", startsWith("http")).body("status", equalTo("PENDING"));
        String id = asked.path("id");
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            JsonPath status = member.as().get(EXPORTS + "/" + id).then().statusCode(200).extract().jsonPath();
            if (!"PENDING".equals(status.getString("status")) || System.currentTimeMillis() > deadline) {
                assertThat(status.getString("status")).isEqualTo("READY");
                return status;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void sql(String statement, Object... params) throws SQLException {
        try (var c = dataSource.getConnection(); var st = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        }
    }

    @Test
    void theExportHoldsEveryKindOfDataOfTheMemberAndNothingElse() throws InterruptedException {
        String email = Api.uniqueEmail("exporting");
        Api.Session member = Api.activeMember(Api.registration(email), Map.of("headline", "書き出す人", "openTo", List.of("REHIRE")));
        Api.Session other = Api.activeMember();
        Api.Session hr = Api.admin();

        String own = post(member, "自分の投稿です");
        String othersPost = post(other, "他の人の投稿です");
        member.as().contentType(ContentType.JSON).body(Map.of("body", "自分のコメントです")).post("/api/v1/posts/" + othersPost + "/comments")
                .then().statusCode(201);
        other.as().contentType(ContentType.JSON).body(Map.of("body", "他の人のコメントです")).post("/api/v1/posts/" + own + "/comments")
                .then().statusCode(201);
        member.as().put("/api/v1/posts/" + othersPost + "/reactions/CELEBRATE").then().statusCode(200);
        other.as().put("/api/v1/posts/" + own + "/reactions/LIKE").then().statusCode(200);
        member.as().contentType(ContentType.JSON).body(Map.of("reason", "宣伝です")).post("/api/v1/posts/" + othersPost + "/reports").then()
                .statusCode(201);

        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(10).withNano(0);
        String event = hr.as().contentType(ContentType.JSON).body(Map.of("title", "書き出しの会", "description", "交流会です。",
                "startsAt", start.toString(), "endsAt", start.plusHours(2).toString(), "format", "ONLINE",
                "onlineUrl", "https://meet.example.com/alumni")).post("/api/v1/events").then().statusCode(201).extract().path("id");
        member.as().contentType(ContentType.JSON).body(Map.of("status", "GOING")).put("/api/v1/events/" + event + "/rsvp").then()
                .statusCode(200);

        String listing = hr.as().contentType(ContentType.JSON).body(new HashMap<>(Map.of("kind", "JOB", "title", "書き出しエンジニア",
                "description", "開発です。", "employmentType", "FULL_TIME", "workStyle", "REMOTE"))).post("/api/v1/jobs").then()
                .statusCode(201).extract().path("id");
        String application = member.as().contentType(ContentType.JSON)
                .body(Map.of("message", "応募メッセージです", "consentToShareProfile", true)).post("/api/v1/jobs/" + listing + "/applications")
                .then().statusCode(201).extract().path("id");
        hr.as().contentType(ContentType.JSON).body(Map.of("status", "SCREENING", "hrNote", "人事だけのメモ"))
                .patch("/api/v1/applications/" + application).then().statusCode(200);
        String referral = member.as().contentType(ContentType.JSON).body(Map.of("candidateName", "鈴木 健", "candidateEmail",
                Api.uniqueEmail("candidate"), "relationship", "前職の同僚", "note", "紹介の理由です", "candidateConsented", true))
                .post("/api/v1/jobs/" + listing + "/referrals").then().statusCode(201).extract().path("id");
        hr.as().contentType(ContentType.JSON).body(Map.of("status", "CONTACTED", "hrNote", "紹介への人事メモ"))
                .patch("/api/v1/referrals/" + referral).then().statusCode(200);
        member.as().contentType(ContentType.JSON).body(Map.of("desiredRoles", List.of("テックリード")))
                .put("/api/v1/members/me/rehire-preferences").then().statusCode(200);

        JsonPath survey = hr.as().contentType(ContentType.JSON).body(new HashMap<>(Map.of("title", "書き出しアンケート", "anonymous", false,
                "audience", "ALL", "opensAt", OffsetDateTime.now().minusMinutes(1).toString(), "closesAt",
                OffsetDateTime.now().plusDays(7).toString(), "status", "OPEN", "questions",
                List.of(Map.of("type", "TEXT", "prompt", "ご意見をどうぞ", "required", true, "maxLength", 200)))))
                .post("/api/v1/surveys").then().statusCode(201).extract().jsonPath();
        member.as().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("questionId", survey.getString("questions[0].id"),
                "text", "アンケートの答えです")))).post("/api/v1/surveys/" + survey.getString("id") + "/responses").then().statusCode(201);
        String feedback = member.as().contentType(ContentType.JSON).body(Map.of("category", "IDEA", "message", "フィードバックです"))
                .post("/api/v1/feedback").then().statusCode(201).extract().path("id");
        hr.as().contentType(ContentType.JSON).body(Map.of("status", "PLANNED", "reply", "人事の返信です")).patch("/api/v1/feedback/" + feedback)
                .then().statusCode(200);
        member.as().contentType(ContentType.JSON).body(Map.of("participantIds", List.of(other.id()), "message", "個人的なメッセージです"))
                .post("/api/v1/conversations").then().statusCode(201);
        String groupName = "書き出し同好会 " + UUID.randomUUID();
        member.as().contentType(ContentType.JSON).body(Map.of("name", groupName, "kind", "INTEREST", "visibility", "OPEN"))
                .post("/api/v1/groups").then().statusCode(201);
        String colleague = Api.uniqueEmail("colleague");
        member.as().contentType(ContentType.JSON).body(Map.of("email", colleague, "name", "同僚")).post("/api/v1/members/me/invitations")
                .then().statusCode(201);

        // The notification of the other member's comment is fanned out after its commit: wait for it.
        long deadline = System.currentTimeMillis() + 10_000;
        while (member.as().get("/api/v1/notifications").then().extract().jsonPath().getList("items").isEmpty()
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }

        JsonPath status = readyExport(member);
        assertThat(status.getString("downloadUrl")).endsWith(EXPORTS + "/" + status.getString("id") + "/download");
        assertThat(status.getLong("sizeBytes")).isPositive();
        Response download = member.as().get(EXPORTS + "/" + status.getString("id") + "/download");
        download.then().statusCode(200).contentType(startsWith("application/json")).header("Cache-Control", "no-store")
                .header("Content-Disposition", startsWith("attachment"));
        String text = new String(download.asByteArray(), StandardCharsets.UTF_8);
        JsonPath doc = new JsonPath(text);

        assertThat(doc.getInt("formatVersion")).isEqualTo(1);
        assertThat(doc.getString("memberId")).isEqualTo(member.id());
        assertThat(doc.getString("data.profile.email")).isEqualTo(email);
        assertThat(doc.getString("data.profile.headline")).isEqualTo("書き出す人");
        assertThat(doc.getList("data.consents.policyVersion")).contains(Api.POLICY_VERSION);
        assertThat(doc.getList("data.signIns")).isNotEmpty();
        assertThat(doc.getList("data.posts.body")).containsExactly("自分の投稿です");
        assertThat(doc.getList("data.comments.body")).containsExactly("自分のコメントです");
        assertThat(doc.getList("data.reactions.type")).containsExactly("CELEBRATE");
        assertThat(doc.getList("data.reports.reason")).containsExactly("宣伝です");
        assertThat(doc.getList("data.eventAnswers.eventId")).containsExactly(event);
        assertThat(doc.getList("data.applications.message")).containsExactly("応募メッセージです");
        assertThat(doc.getList("data.applications[0].history.toStatus")).containsExactly("SUBMITTED", "SCREENING");
        assertThat(doc.getList("data.jobReferrals.note")).containsExactly("紹介の理由です");
        assertThat(doc.getList("data.rehirePreferences.desiredRoles")).containsExactly("テックリード");
        assertThat(doc.getList("data.surveysTaken.surveyId")).containsExactly(survey.getString("id"));
        assertThat(doc.getString("data.surveyResponses[0].answers[0].text")).isEqualTo("アンケートの答えです");
        assertThat(doc.getList("data.feedback.reply")).containsExactly("人事の返信です");
        assertThat(doc.getList("data.notifications.type")).contains("POST_COMMENTED");
        assertThat(doc.getMap("data.notificationPreferences")).isNotEmpty();
        assertThat(doc.getList("data.invitations.email")).containsExactly(colleague);
        assertThat(doc.getList("data.messages.body")).containsExactly("個人的なメッセージです");
        assertThat(doc.getList("data.blocks")).isEmpty();
        assertThat(doc.getList("data.groups.name")).containsExactly(groupName);
        assertThat(doc.getList("data.groups.proposedByMe")).containsExactly(true);
        // Nothing of other members, nothing HR keeps for itself.
        assertThat(text).doesNotContain(other.email()).doesNotContain("他の人のコメントです").doesNotContain("他の人の投稿です")
                .doesNotContain("人事だけのメモ").doesNotContain("紹介への人事メモ").doesNotContain("hrNote");

        // The owner only.
        other.as().get(EXPORTS + "/" + status.getString("id")).then().statusCode(404);
        other.as().get(EXPORTS + "/" + status.getString("id") + "/download").then().statusCode(404);
        given().get(EXPORTS + "/" + status.getString("id") + "/download").then().statusCode(401);
        given().post(EXPORTS).then().statusCode(401);
        Api.client("members:read").as().post(EXPORTS).then().statusCode(403);
        member.as().get(EXPORTS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void oneExportIsMadeAtATimeAndAFewADay() throws SQLException {
        Api.Session member = Api.activeMember();
        UUID memberId = UUID.fromString(member.id());
        // One in the making (leased by an instance that is still at it): asking again answers it, and it cannot be downloaded.
        UUID pending = UUID.randomUUID();
        sql("insert into member_export (id, member_id, status, requested_at, attempts, leased_until)"
                + " values (?, ?, 'PENDING', now(), 1, now() + interval '1 hour')", pending, memberId);
        member.as().post(EXPORTS).then().statusCode(202).body("id", equalTo(pending.toString())).body("downloadUrl", equalTo(null));
        member.as().get(EXPORTS + "/" + pending + "/download").then().statusCode(409)
                .body("type", equalTo("urn:alumni:problem:invalid-state"));
        sql("delete from member_export where id = ?", pending);

        // An export past its period expires: its document is gone.
        UUID old = UUID.randomUUID();
        sql("insert into member_export (id, member_id, status, requested_at, ready_at, expires_at, size_bytes, document)"
                + " values (?, ?, 'READY', now() - interval '8 days', now() - interval '8 days', now() - interval '1 day', 2, '{}')",
                old, memberId);
        member.as().get(EXPORTS + "/" + old + "/download").then().statusCode(404);
        worker.expire();
        member.as().get(EXPORTS + "/" + old).then().statusCode(200).body("status", equalTo("EXPIRED")).body("downloadUrl", equalTo(null));

        // Five a day (the expired one was asked for days ago).
        for (int i = 0; i < 5; i++) {
            readyExport(member);
        }
        member.as().header("Accept-Language", "ja").post(EXPORTS).then().statusCode(429).header("Retry-After", notNullValue())
                .body("type", equalTo("urn:alumni:problem:too-many-requests"));
    }
}
