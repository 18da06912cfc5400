package app.alumni.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What HR's systems do with their scopes, on real data: they see what HR sees, and what they change names them. */
@QuarkusTest
class ClientAccessTest {

    @Test
    void anApplicantTrackingSystemReadsDraftsAndMovesApplicationsAlong() {
        Api.Session hr = Api.admin();
        Map<String, Object> job = new HashMap<>(Map.of("kind", "JOB", "title", "決済基盤エンジニア", "description", "決済基盤の開発。",
                "employmentType", "FULL_TIME", "workStyle", "HYBRID"));
        String listing = hr.as().contentType(ContentType.JSON).body(job).post("/api/v1/jobs").then().statusCode(201).extract().path("id");
        Api.Session member = Api.activeMember();
        String application = member.as().contentType(ContentType.JSON).body(Map.of("message", "ぜひ。", "consentToShareProfile", true))
                .post("/api/v1/jobs/" + listing + "/applications").then().statusCode(201).extract().path("id");
        hr.as().contentType(ContentType.JSON).body(Map.of("hrNote", "一次面接へ")).patch("/api/v1/applications/" + application)
                .then().statusCode(200);

        Api.Client ats = Api.client("jobs:read", "applications:read", "applications:write");
        String draft = hr.as().contentType(ContentType.JSON).body(withStatus(job, "DRAFT")).post("/api/v1/jobs").then().statusCode(201)
                .extract().path("id");
        member.as().get("/api/v1/jobs/" + draft).then().statusCode(404);
        ats.as().get("/api/v1/jobs/" + draft).then().statusCode(200).body("status", equalTo("DRAFT"));
        ats.as().get("/api/v1/jobs/" + listing).then().statusCode(200).body("myApplication", equalTo(null));
        ats.as().get("/api/v1/jobs/" + listing + "/applications").then().statusCode(200)
                .body("items[0].applicant.email", equalTo(member.email())).body("items[0].hrNote", equalTo("一次面接へ"));
        ats.as().contentType(ContentType.JSON).body(Map.of("status", "SCREENING")).patch("/api/v1/applications/" + application)
                .then().statusCode(200).body("status", equalTo("SCREENING"))
                .body("history[1].actor.kind", equalTo("API_CLIENT")).body("history[1].actor.id", equalTo(ats.id()))
                .body("history[1].by", equalTo(null))
                .body("history[0].actor.kind", equalTo("MEMBER")).body("history[0].by", equalTo(member.id()));
        member.as().get("/api/v1/applications/" + application).then().statusCode(200).body("hrNote", equalTo(null))
                .body("history[1].actor.kind", equalTo("API_CLIENT"));

        // Reading is not writing.
        Api.Client reader = Api.client("applications:read");
        reader.as().contentType(ContentType.JSON).body(Map.of("status", "INTERVIEW")).patch("/api/v1/applications/" + application)
                .then().statusCode(403).body("type", equalTo("urn:alumni:problem:insufficient-scope"));
    }

    private static Map<String, Object> withStatus(Map<String, Object> listing, String status) {
        Map<String, Object> copy = new HashMap<>(listing);
        copy.put("status", status);
        return copy;
    }

    @Test
    void anHrSystemSeesProposalsAndApprovesThem() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(7).withNano(0);
        Map<String, Object> event = Map.of("title", "大阪アルムナイ会", "description", "近況を語り合いましょう。", "startsAt", start.toString(),
                "endsAt", start.plusHours(2).toString(), "format", "ONLINE", "onlineUrl", "https://meet.example.com/alumni");
        String proposal = Api.activeMember().as().contentType(ContentType.JSON).body(event).post("/api/v1/events").then().statusCode(201)
                .body("status", equalTo("PROPOSED")).extract().path("id");

        Api.Client reader = Api.client("events:read");
        reader.as().queryParam("status", "PROPOSED").queryParam("limit", 100).get("/api/v1/events").then().statusCode(200)
                .body("items.id", hasItem(proposal));
        reader.as().get("/api/v1/events/" + proposal).then().statusCode(200).body("myRsvp", equalTo(null));
        reader.as().post("/api/v1/events/" + proposal + "/approve").then().statusCode(403)
                .body("type", equalTo("urn:alumni:problem:insufficient-scope"));

        Api.client("events:write").as().post("/api/v1/events/" + proposal + "/approve").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        reader.as().get("/api/v1/events/" + proposal + "/attendees").then().statusCode(200).body("items", notNullValue());
    }

    @Test
    void whatHrSystemsPublishIsByTheOrganisation() {
        Api.Client publisher = Api.client("announcements:write", "jobs:write", "events:write");
        String announcement = publisher.as().contentType(ContentType.JSON)
                .body(Map.of("type", "ANNOUNCEMENT", "title", "年末年始の休業のお知らせ", "body", "12月29日から休業します。"))
                .post("/api/v1/posts").then().statusCode(201).body("author.organisation", equalTo(true))
                .body("author.displayName", equalTo("人事部")).body("author.id", equalTo(null)).extract().path("id");
        Api.Session member = Api.activeMember();
        member.as().get("/api/v1/posts/" + announcement).then().statusCode(200).body("author.displayName", equalTo("人事部"));
        member.as().contentType(ContentType.JSON).body(Map.of("body", "ありがとうございます")).post("/api/v1/posts/" + announcement + "/comments")
                .then().statusCode(201);
        member.as().put("/api/v1/posts/" + announcement + "/reactions/LIKE").then().statusCode(200);
        publisher.as().contentType(ContentType.JSON).body(Map.of("type", "DISCUSSION", "body", "雑談")).post("/api/v1/posts").then()
                .statusCode(403).body("type", equalTo("urn:alumni:problem:members-only"));

        Map<String, Object> job = new HashMap<>(Map.of("kind", "JOB", "title", "人事システム経由の求人", "description", "説明",
                "employmentType", "FULL_TIME", "workStyle", "ONSITE"));
        String listing = publisher.as().contentType(ContentType.JSON).body(job).post("/api/v1/jobs").then().statusCode(201)
                .body("postedBy.kind", equalTo("API_CLIENT")).body("postedBy.id", equalTo(publisher.id())).body("posterId", equalTo(null))
                .extract().path("id");
        publisher.as().contentType(Api.MERGE_PATCH).body(Map.of("title", "人事システム経由の求人（改）")).patch("/api/v1/jobs/" + listing)
                .then().statusCode(200).body("title", equalTo("人事システム経由の求人（改）"));
        member.as().contentType(ContentType.JSON).body(Map.of("message", "応募します", "consentToShareProfile", true))
                .post("/api/v1/jobs/" + listing + "/applications").then().statusCode(201);
        Map<String, Object> collaboration = Map.of("kind", "COLLABORATION", "title", "協業", "description", "説明");
        publisher.as().contentType(ContentType.JSON).body(collaboration).post("/api/v1/jobs").then().statusCode(403)
                .body("type", equalTo("urn:alumni:problem:members-only"));

        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(10).withNano(0);
        String event = publisher.as().contentType(ContentType.JSON).body(Map.of("title", "公式交流会", "description", "どなたでも", "startsAt",
                start.toString(), "endsAt", start.plusHours(2).toString(), "format", "ONLINE", "onlineUrl",
                "https://meet.example.com/official"))
                .post("/api/v1/events").then().statusCode(201).body("status", equalTo("PUBLISHED"))
                .body("organiser.displayName", equalTo("人事部")).body("organiser.id", equalTo(null)).extract().path("id");
        member.as().contentType(ContentType.JSON).body(Map.of("status", "GOING")).put("/api/v1/events/" + event + "/rsvp").then()
                .statusCode(200);
        publisher.as().contentType(ContentType.JSON).body(Map.of("message", "中止します")).post("/api/v1/events/" + event + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void aDataWarehouseReadsTheFeedbackBox() {
        String mine = Api.activeMember().as().contentType(ContentType.JSON)
                .body(Map.of("category", "IDEA", "message", "OB 向けの勉強会がほしいです。")).post("/api/v1/feedback").then().statusCode(201)
                .extract().path("id");
        Api.Client warehouse = Api.client("feedback:read");
        warehouse.as().queryParam("limit", 100).get("/api/v1/feedback").then().statusCode(200).body("items.id", hasItem(mine));
        warehouse.as().get("/api/v1/feedback/" + mine).then().statusCode(200).body("category", equalTo("IDEA"));
        warehouse.as().contentType(Api.MERGE_PATCH).body(Map.of("status", "UNDER_REVIEW")).patch("/api/v1/feedback/" + mine).then()
                .statusCode(403).body("type", equalTo("urn:alumni:problem:members-only"));
        List.of("/api/v1/admin/registrations", "/api/v1/admin/talent-pool").forEach(path -> warehouse.as().get(path).then()
                .statusCode(403).body("type", equalTo("urn:alumni:problem:insufficient-scope")));
    }
}
