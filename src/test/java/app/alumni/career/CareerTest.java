package app.alumni.career;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CareerTest {

    static Map<String, Object> job(String title) {
        Map<String, Object> job = new HashMap<>();
        job.put("kind", "JOB");
        job.put("title", title);
        job.put("description", "決済基盤の開発をお任せします。");
        job.put("department", "開発本部");
        job.put("location", "東京都");
        job.put("employmentType", "FULL_TIME");
        job.put("workStyle", "HYBRID");
        job.put("salary", Map.of("min", 6000000, "max", 9000000, "currency", "JPY"));
        job.put("skills", List.of("Java", "決済"));
        return job;
    }

    static Map<String, Object> collaboration(String title) {
        Map<String, Object> c = new HashMap<>();
        c.put("kind", "COLLABORATION");
        c.put("title", title);
        c.put("description", "データ分析の知見を持つパートナーを探しています。");
        c.put("posterCompany", "株式会社なにわデータ");
        c.put("contactPreference", "まずはメッセージで");
        c.put("skills", List.of("データ分析"));
        return c;
    }

    static String post(Api.Session who, Map<String, Object> listing) {
        return who.as().contentType(ContentType.JSON).body(listing).post("/api/v1/jobs").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> application() {
        return Map.of("message", "また一緒に働きたいです。", "resumeUrl", "https://files.example.jp/cv.pdf", "consentToShareProfile", true);
    }

    static String apply(Api.Session who, String listing) {
        return who.as().contentType(ContentType.JSON).body(application()).post("/api/v1/jobs/" + listing + "/applications").then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void onlyHrPostsJobsAndAnyMemberPostsCollaborations() {
        Api.Session member = Api.activeMember();
        member.as().contentType(ContentType.JSON).body(job("x")).post("/api/v1/jobs").then().statusCode(403);
        String collab = post(member, collaboration("共同研究パートナー募集"));
        member.as().get("/api/v1/jobs/" + collab).then().statusCode(200).body("kind", equalTo("COLLABORATION"))
                .body("posterCompany", equalTo("株式会社なにわデータ")).body("status", equalTo("OPEN"));
        Api.admin().as().contentType(ContentType.JSON).body(job("バックエンドエンジニア")).post("/api/v1/jobs").then().statusCode(201)
                .header("Location", notNullValue()).body("salary.currency", equalTo("JPY")).body("workStyle", equalTo("HYBRID"));
        var bad = job("給与が逆");
        bad.put("salary", Map.of("min", 9000000, "max", 6000000, "currency", "JPY"));
        Api.admin().as().contentType(ContentType.JSON).body(bad).post("/api/v1/jobs").then().statusCode(400)
                .body("errors[0].field", equalTo("salary.max"));
        var untitled = job("");
        Api.admin().as().contentType(ContentType.JSON).body(untitled).post("/api/v1/jobs").then().statusCode(400)
                .body("errors[0].field", equalTo("title"));
        given().get("/api/v1/jobs").then().statusCode(401);
        Api.pendingMember().as().get("/api/v1/jobs").then().statusCode(403);
    }

    @Test
    void membersSeeOpenListingsOnlyAndListingsCloseByThemselves() {
        Api.Session hr = Api.admin();
        var draft = job("下書きの求人");
        draft.put("status", "DRAFT");
        String draftId = post(hr, draft);
        String closing = post(hr, job("締切のある求人"));
        Api.Session member = Api.activeMember();
        member.as().get("/api/v1/jobs/" + draftId).then().statusCode(404);
        hr.as().get("/api/v1/jobs/" + draftId).then().statusCode(200).body("status", equalTo("DRAFT"));
        member.as().queryParam("limit", 100).get("/api/v1/jobs").then().body("items.id", not(hasItem(draftId))).body("items.id",
                hasItem(closing));
        hr.as().contentType(Api.MERGE_PATCH).body(Map.of("closesAt", OffsetDateTime.now().minusMinutes(1).toString()))
                .patch("/api/v1/jobs/" + closing).then().statusCode(200).body("status", equalTo("CLOSED"));
        member.as().queryParam("limit", 100).get("/api/v1/jobs").then().body("items.id", not(hasItem(closing)));
        member.as().contentType(ContentType.JSON).body(application()).post("/api/v1/jobs/" + closing + "/applications").then()
                .statusCode(409)
                .body("type", equalTo("urn:alumni:problem:invalid-state"));
        hr.as().queryParam("limit", 100).get("/api/v1/jobs").then().body("items.id", hasItem(draftId));
        // Status moves forward only.
        String open = post(hr, job("公開中"));
        hr.as().contentType(Api.MERGE_PATCH).body(Map.of("status", "DRAFT")).patch("/api/v1/jobs/" + open).then().statusCode(409);
        hr.as().contentType(Api.MERGE_PATCH).body(Map.of("status", "CLOSED")).patch("/api/v1/jobs/" + open).then().statusCode(200);
        hr.as().contentType(Api.MERGE_PATCH).body(Map.of("kind", "COLLABORATION")).patch("/api/v1/jobs/" + open).then().statusCode(400);
    }

    @Test
    void filtersAndJapaneseSearch() {
        String t = UUID.randomUUID().toString().substring(0, 8);
        Api.Session hr = Api.admin();
        var remote = job("フルリモートのデータエンジニア " + t);
        remote.put("workStyle", "REMOTE");
        remote.put("skills", List.of("Python" + t));
        String remoteId = post(hr, remote);
        var contract = job("契約のデザイナー " + t);
        contract.put("employmentType", "CONTRACT");
        String contractId = post(hr, contract);
        Api.Session member = Api.activeMember();
        String collabId = post(member, collaboration("共創パートナー " + t));
        List<String> all = member.as().queryParam("q", t).queryParam("limit", 100).get("/api/v1/jobs").then().statusCode(200).extract()
                .path("items.id");
        assertThat(all).containsExactly(collabId, contractId, remoteId);
        assertThat(member.as().queryParam("q", "データエンジニア " + t).get("/api/v1/jobs").then().extract().<List<String>>path("items.id"))
                .containsExactly(remoteId);
        assertThat(member.as().queryParam("q", t).queryParam("kind", "collaboration").get("/api/v1/jobs").then()
                .extract().<List<String>>path("items.id"))
                .containsExactly(collabId);
        assertThat(member.as().queryParam("q", t).queryParam("workStyle", "REMOTE").get("/api/v1/jobs").then()
                .extract().<List<String>>path("items.id"))
                .containsExactly(remoteId);
        assertThat(member.as().queryParam("q", t).queryParam("employmentType", "CONTRACT").get("/api/v1/jobs").then()
                .extract().<List<String>>path("items.id"))
                .containsExactly(contractId);
        assertThat(member.as().queryParam("skill", "ｐｙｔｈｏｎ" + t).get("/api/v1/jobs").then().extract().<List<String>>path("items.id"))
                .containsExactly(remoteId);
        var page = member.as().queryParam("q", t).queryParam("limit", 2).get("/api/v1/jobs").then().extract();
        member.as().queryParam("q", t).queryParam("limit", 2).queryParam("cursor", (String) page.path("nextCursor")).get("/api/v1/jobs")
                .then()
                .body("items.id", contains(remoteId));
        apply(member, remoteId);
        member.as().get("/api/v1/jobs/" + remoteId).then().body("myApplication.status", equalTo("SUBMITTED"));
        member.as().queryParam("workStyle", "SPACE").get("/api/v1/jobs").then().statusCode(400);
    }

    @Test
    void oneApplicationPerMemberEvenUnderConcurrency() throws Exception {
        String listing = post(Api.admin(), job("同時応募"));
        Api.Session member = Api.activeMember();
        List<Integer> codes = Concurrently.run(5, 5,
                i -> member.as().contentType(ContentType.JSON).body(application()).post("/api/v1/jobs/" + listing + "/applications")
                        .statusCode());
        assertThat(codes).containsOnly(201, 409);
        assertThat(codes).filteredOn(c -> c == 201).hasSize(1);
        member.as().contentType(ContentType.JSON).body(Map.of("consentToShareProfile", false)).post("/api/v1/jobs/" + listing
                + "/applications")
                .then().statusCode(400).body("errors[0].field", equalTo("consentToShareProfile"));
        Api.Session poster = Api.activeMember();
        String own = post(poster, collaboration("自分の募集"));
        poster.as().contentType(ContentType.JSON).body(application()).post("/api/v1/jobs/" + own + "/applications").then().statusCode(409);
    }

    @Test
    void thePipelineMovesOnlyAlongAllowedTransitionsAndKeepsHistory() {
        Api.Session hr = Api.admin();
        String listing = post(hr, job("パイプライン"));
        Api.Session applicant = Api.activeMember();
        String id = apply(applicant, listing);
        String path = "/api/v1/applications/" + id;
        Api.Session stranger = Api.activeMember();
        stranger.as().get(path).then().statusCode(404);
        stranger.as().get("/api/v1/jobs/" + listing + "/applications").then().statusCode(403);
        applicant.as().contentType(ContentType.JSON).body(Map.of("status", "SCREENING")).patch(path).then().statusCode(403);
        applicant.as().contentType(ContentType.JSON).body(Map.of("hrNote", "自分で書くメモ")).patch(path).then().statusCode(403);
        hr.as().contentType(ContentType.JSON).body(Map.of("status", "SCREENING", "hrNote", "前回の評価は高い")).patch(path).then().statusCode(200)
                .body("status", equalTo("SCREENING")).body("hrNote", equalTo("前回の評価は高い"));
        hr.as().contentType(ContentType.JSON).body(Map.of("status", "HIRED")).patch(path).then().statusCode(409)
                .body("type", equalTo("urn:alumni:problem:invalid-state"));
        hr.as().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("status", "INTERVIEW")).patch(path).then()
                .statusCode(412);
        hr.as().contentType(ContentType.JSON).body(Map.of("status", "INTERVIEW")).patch(path).then().statusCode(200);
        hr.as().contentType(ContentType.JSON).body(Map.of()).patch(path).then().statusCode(400);
        applicant.as().get(path).then().statusCode(200).body("$", not(hasKey("hrNote"))).body("status", equalTo("INTERVIEW"))
                .body("history.to", contains("SUBMITTED", "SCREENING", "INTERVIEW"));
        applicant.as().get("/api/v1/members/me/applications").then().statusCode(200).body("items[0].id", equalTo(id))
                .body("items[0]", not(hasKey("hrNote")));
        applicant.as().contentType(ContentType.JSON).body(Map.of("status", "WITHDRAWN")).patch(path).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        hr.as().contentType(ContentType.JSON).body(Map.of("status", "OFFER")).patch(path).then().statusCode(409);
        hr.as().get("/api/v1/jobs/" + listing + "/applications").then().statusCode(200)
                .body("items[0].history.to", contains("SUBMITTED", "SCREENING", "INTERVIEW", "WITHDRAWN"))
                .body("items[0].applicant.email", equalTo(applicant.email()));
    }

    @Test
    void collaborationPostersSeeOnlyTheirOwnResponses() {
        Api.Session poster = Api.activeMember();
        String mine = post(poster, collaboration("私の共創募集"));
        String theirs = post(Api.activeMember(), collaboration("他人の共創募集"));
        Api.Session responder = Api.activeMember();
        String response = apply(responder, mine);
        apply(responder, theirs);
        poster.as().get("/api/v1/jobs/" + mine + "/applications").then().statusCode(200).body("items.id", contains(response))
                .body("items[0]", not(hasKey("hrNote")));
        poster.as().get("/api/v1/jobs/" + theirs + "/applications").then().statusCode(403);
        poster.as().contentType(ContentType.JSON).body(Map.of("status", "SCREENING")).patch("/api/v1/applications/" + response).then()
                .statusCode(200);
        poster.as().contentType(ContentType.JSON).body(Map.of("hrNote", "x")).patch("/api/v1/applications/" + response).then()
                .statusCode(403);
        Api.activeMember().as().get("/api/v1/jobs/" + mine + "/applications").then().statusCode(403);
        Api.activeMember().as().get("/api/v1/jobs/" + UUID.randomUUID() + "/applications").then().statusCode(404);
    }

    @Test
    void csvExportReadsBackWithJapanese() {
        Api.Session hr = Api.admin();
        String listing = post(hr, job("CSV 出力"));
        var registration = Api.registration(Api.uniqueEmail("csv"));
        registration.put("fullName", "山田, \"花子\"");
        Api.Session applicant = Api.activeMember(registration);
        applicant.as().contentType(ContentType.JSON)
                .body(Map.of("message", "=HYPERLINK(\"http://evil\")", "consentToShareProfile", true))
                .post("/api/v1/jobs/" + listing + "/applications").then().statusCode(201);
        byte[] bytes = hr.as().accept("text/csv").get("/api/v1/jobs/" + listing + "/applications/export.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0])
                .isEqualTo("applicationId,appliedAt,status,fullName,email,currentCompany,currentTitle,message,resumeUrl,hrNote");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("\"山田, \"\"花子\"\"\"").contains(applicant.email()).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        applicant.as().accept("text/csv").get("/api/v1/jobs/" + listing + "/applications/export.csv").then().statusCode(403);
    }

    @Test
    void theTalentPoolHoldsOnlyMembersWhoOptedIn() {
        String t = UUID.randomUUID().toString().substring(0, 8);
        Api.Session optedIn = Api.activeMember(Api.registration(Api.uniqueEmail("rehire")),
                Map.of("openTo", List.of("REHIRE"), "skills", List.of("Go" + t)));
        Api.Session notOptedIn = Api.activeMember(Api.registration(Api.uniqueEmail("norehire")),
                Map.of("openTo", List.of("MENTORING"), "skills", List.of("Go" + t)));
        notOptedIn.as().contentType(ContentType.JSON).body(Map.of("desiredRoles", List.of("CTO")))
                .put("/api/v1/members/me/rehire-preferences")
                .then().statusCode(409);
        optedIn.as().contentType(ContentType.JSON)
                .body(Map.of("desiredRoles", List.of("テックリード"), "earliestStart", "2027-04-01", "workStyle", "REMOTE", "noteToHr",
                "リモート希望です"))
                .put("/api/v1/members/me/rehire-preferences").then().statusCode(200).body("desiredRoles", contains("テックリード"));
        optedIn.as().get("/api/v1/members/me/rehire-preferences").then().statusCode(200).body("earliestStart", equalTo("2027-04-01"));
        optedIn.as().contentType(ContentType.JSON).body(Map.of("desiredRoles", List.of(""), "workStyle", "SPACE"))
                .put("/api/v1/members/me/rehire-preferences").then().statusCode(400).body("errors[0].field", equalTo("workStyle"));
        optedIn.as().contentType(ContentType.JSON).body(Map.of("desiredRoles", List.of(""), "noteToHr", "x".repeat(2001)))
                .put("/api/v1/members/me/rehire-preferences").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("desiredRoles[0]", "noteToHr"));
        given().get("/api/v1/members/me/rehire-preferences").then().statusCode(401);
        String listing = post(Api.admin(), job("タレントプール用"));
        apply(optedIn, listing);
        var pool = Api.admin().as().queryParam("skill", "go" + t).get("/api/v1/admin/talent-pool").then().statusCode(200).extract();
        assertThat(pool.<List<String>>path("items.memberId")).containsExactly(optedIn.id());
        assertThat((String) pool.path("items[0].noteToHr")).isEqualTo("リモート希望です");
        assertThat((String) pool.path("items[0].preferredWorkStyle")).isEqualTo("REMOTE");
        assertThat(pool.<List<String>>path("items[0].applications.listingId")).containsExactly(listing);
        Api.admin().as().queryParam("skill", "go" + t).queryParam("leftYear", 2021).queryParam("department", "開発本部")
                .get("/api/v1/admin/talent-pool").then().body("items.memberId", contains(optedIn.id()));
        Api.admin().as().queryParam("skill", "go" + t).queryParam("leftYear", 2019).get("/api/v1/admin/talent-pool").then()
                .body("items", empty());
        optedIn.as().get("/api/v1/admin/talent-pool").then().statusCode(403);
    }

    @Test
    void eachKindOfListingTakesOnlyItsOwnFields() {
        Api.Session member = Api.activeMember();
        Map<String, Object> collaboration = collaboration("給与つきの協業");
        collaboration.put("salary", Map.of("min", 1, "max", 2, "currency", "JPY"));
        collaboration.put("employmentType", "FULL_TIME");
        collaboration.put("department", "開発本部");
        member.as().contentType(ContentType.JSON).body(collaboration).post("/api/v1/jobs").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("salary", "employmentType", "department"));
        Map<String, Object> job = job("協業の項目つきの求人");
        job.put("posterCompany", "株式会社なにわデータ");
        Api.admin().as().contentType(ContentType.JSON).body(job).post("/api/v1/jobs").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("posterCompany"));
        // Location and work style fit both.
        Map<String, Object> remote = collaboration("リモートの協業");
        remote.put("location", "大阪府");
        remote.put("workStyle", "REMOTE");
        post(member, remote);
    }

    @Test
    void membersPublishCollaborationsWithinTheirPostingLimitEvenWhenConcurrent() throws Exception {
        Api.Session member = Api.activeMember();
        List<Integer> codes = Concurrently.run(10, 20,
                n -> member.as().contentType(ContentType.JSON).body(collaboration("協業 " + n)).post("/api/v1/jobs").statusCode());
        assertThat(codes).filteredOn(c -> c == 201).hasSize(5);
        assertThat(codes).filteredOn(c -> c == 429).hasSize(15);
        member.as().contentType(ContentType.JSON).body(collaboration("もう一つ")).post("/api/v1/jobs").then().statusCode(429)
                .body("detail", containsString("listings"));
    }
}
