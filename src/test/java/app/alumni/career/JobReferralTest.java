package app.alumni.career;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import app.alumni.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Alumni refer candidates to open jobs; HR moves the referrals along; referrers follow them without HR's notes. */
@QuarkusTest
class JobReferralTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aMemberRefersACandidateAndFollowsTheStatusWithoutHrsNote() {
        Api.Session hr = Api.admin();
        String job = CareerTest.post(hr, CareerTest.job("紹介歓迎のバックエンドエンジニア"));
        Api.Session referrer = Api.activeMember();
        String email = Api.uniqueEmail("candidate");
        Response created = refer(referrer, job, email);
        created.then().statusCode(201).body("status", equalTo("SUBMITTED")).body("hrNote", nullValue())
                .body("listingTitle", equalTo("紹介歓迎のバックエンドエンジニア")).body("referrer.id", equalTo(referrer.id()));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/referrals/" + id);

        JsonPath listed = hr.as().get("/api/v1/jobs/" + job + "/referrals").then().statusCode(200).extract().jsonPath();
        assertThat(listed.getList("items.id")).containsExactly(id);
        assertThat(listed.getString("items[0].candidateEmail")).isEqualTo(email);

        String etag = hr.as().get("/api/v1/referrals/" + id).then().statusCode(200).extract().header("ETag");
        String newer = hr.as().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("status", "CONTACTED", "hrNote", "来週面談を設定")).patch("/api/v1/referrals/" + id).then().statusCode(200)
                .body("status", equalTo("CONTACTED")).body("hrNote", equalTo("来週面談を設定")).extract().header("ETag");
        hr.as().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", "INTERVIEWING"))
                .patch("/api/v1/referrals/" + id).then().statusCode(412);
        hr.as().contentType(ContentType.JSON).body(Map.of("status", "HIRED")).patch("/api/v1/referrals/" + id).then().statusCode(409);
        hr.as().contentType(ContentType.JSON).body(Map.of()).patch("/api/v1/referrals/" + id).then().statusCode(400);
        hr.as().contentType(ContentType.JSON).header("If-Match", newer).body(Map.of("status", "INTERVIEWING"))
                .patch("/api/v1/referrals/" + id).then().statusCode(200);

        referrer.as().get("/api/v1/referrals/" + id).then().statusCode(200).body("status", equalTo("INTERVIEWING"))
                .body("hrNote", nullValue());
        referrer.as().get("/api/v1/members/me/referrals").then().statusCode(200).body("items[0].id", equalTo(id))
                .body("items[0].hrNote", nullValue());
        // The referrer is told of each new status.
        List<Map<String, Object>> notes = referrer.as().get("/api/v1/notifications").then().statusCode(200).extract().jsonPath()
                .getList("items");
        assertThat(notes).extracting(n -> n.get("type")).contains("REFERRAL_STATUS_CHANGED");

        Api.activeMember().as().get("/api/v1/referrals/" + id).then().statusCode(404);
        Api.client("applications:read").as().get("/api/v1/referrals/" + id).then().statusCode(200).body("hrNote",
                equalTo("来週面談を設定"));
    }

    @Test
    void referralsNeedConsentAnOpenJobAndComeOncePerCandidate() throws Exception {
        Api.Session hr = Api.admin();
        String job = CareerTest.post(hr, CareerTest.job("同意必須の求人"));
        Api.Session referrer = Api.activeMember();
        Map<String, Object> noConsent = body(Api.uniqueEmail("no-consent"));
        noConsent.put("candidateConsented", false);
        referrer.as().contentType(ContentType.JSON).body(noConsent).post("/api/v1/jobs/" + job + "/referrals").then().statusCode(400)
                .body("errors.field", hasItem("candidateConsented"));
        Map<String, Object> invalid = body("not-an-address");
        invalid.put("candidateName", " ");
        referrer.as().contentType(ContentType.JSON).body(invalid).post("/api/v1/jobs/" + job + "/referrals").then().statusCode(400)
                .body("errors.field", hasItem("candidateEmail")).body("errors.field", hasItem("candidateName"));

        String email = Api.uniqueEmail("once");
        List<Callable<Integer>> twice = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Api.Session someone = i == 0 ? referrer : Api.activeMember();
            twice.add(() -> refer(someone, job, email.toUpperCase()).then().extract().statusCode());
        }
        assertThat(Concurrently.run(3, twice)).containsExactlyInAnyOrder(201, 409, 409);

        Api.Session poster = Api.activeMember();
        String collaboration = CareerTest.post(poster, CareerTest.collaboration("協業相手募集"));
        refer(referrer, collaboration, Api.uniqueEmail("collab")).then().statusCode(409);
        refer(referrer, "00000000-0000-4000-8000-000000000000", Api.uniqueEmail("none")).then().statusCode(404);
        Map<String, Object> draft = new HashMap<>(CareerTest.job("下書きの求人"));
        draft.put("status", "DRAFT");
        refer(referrer, CareerTest.post(hr, draft), Api.uniqueEmail("draft")).then().statusCode(404);
    }

    @Test
    void aMemberRefersAtMostTwentyADay() {
        Api.Session hr = Api.admin();
        String job = CareerTest.post(hr, CareerTest.job("たくさん紹介される求人"));
        Api.Session referrer = Api.activeMember();
        for (int i = 0; i < 20; i++) {
            refer(referrer, job, Api.uniqueEmail("many")).then().statusCode(201);
        }
        refer(referrer, job, Api.uniqueEmail("many")).then().statusCode(429).header("Retry-After", notNullValue());
        // A page of referrals costs the same whatever its size (the listings and referrers in one query each).
        long small = Statements.of(entityManagerFactory, () -> hr.as().queryParam("limit", 2).get("/api/v1/jobs/" + job + "/referrals")
                .then().statusCode(200));
        long large = Statements.of(entityManagerFactory, () -> hr.as().queryParam("limit", 20).get("/api/v1/jobs/" + job + "/referrals")
                .then().statusCode(200).body("items.size()", equalTo(20)));
        assertThat(large).isEqualTo(small);
    }

    @Test
    void onlyMembersReferAndOnlyHrReadsAJobsReferrals() {
        Api.Session hr = Api.admin();
        String job = CareerTest.post(hr, CareerTest.job("権限確認の求人"));
        given().contentType(ContentType.JSON).body(body(Api.uniqueEmail("anon"))).post("/api/v1/jobs/" + job + "/referrals").then()
                .statusCode(401);
        Api.client("applications:write", "applications:read").as().contentType(ContentType.JSON).body(body(Api.uniqueEmail("client")))
                .post("/api/v1/jobs/" + job + "/referrals").then().statusCode(403).body("type", equalTo("urn:alumni:problem:members-only"));
        Api.Session member = Api.activeMember();
        member.as().get("/api/v1/jobs/" + job + "/referrals").then().statusCode(403);
        String id = refer(member, job, Api.uniqueEmail("own")).then().statusCode(201).extract().path("id");
        member.as().contentType(ContentType.JSON).body(Map.of("status", "CONTACTED")).patch("/api/v1/referrals/" + id).then()
                .statusCode(403);
        Api.client("applications:read").as().contentType(ContentType.JSON).body(Map.of("status", "CONTACTED"))
                .patch("/api/v1/referrals/" + id).then().statusCode(403).body("type", equalTo("urn:alumni:problem:insufficient-scope"));
        Api.client("applications:write").as().contentType(ContentType.JSON).body(Map.of("status", "CONTACTED"))
                .patch("/api/v1/referrals/" + id).then().statusCode(200);
        hr.as().get("/api/v1/jobs/00000000-0000-4000-8000-000000000000/referrals").then().statusCode(404);
    }

    private static Response refer(Api.Session who, String job, String email) {
        return who.as().contentType(ContentType.JSON).body(body(email)).post("/api/v1/jobs/" + job + "/referrals");
    }

    private static Map<String, Object> body(String email) {
        return new HashMap<>(Map.of("candidateName", "鈴木 健", "candidateEmail", email, "relationship", "前職の同僚",
                "note", "決済の経験が豊富です。", "candidateConsented", true));
    }
}
