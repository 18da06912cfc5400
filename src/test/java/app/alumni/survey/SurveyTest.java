package app.alumni.survey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SurveyTest {

    @TestHTTPResource("/api/v1/surveys")
    URI surveys;

    static Map<String, Object> survey(boolean anonymous, String audience) {
        Map<String, Object> s = new HashMap<>();
        s.put("title", "アルムナイ近況アンケート");
        s.put("description", "ご協力をお願いします。");
        s.put("anonymous", anonymous);
        s.put("audience", audience);
        s.put("opensAt", OffsetDateTime.now().minusMinutes(1).toString());
        s.put("closesAt", OffsetDateTime.now().plusDays(7).toString());
        s.put("status", "OPEN");
        s.put("questions", List.of(
                Map.of("type", "SINGLE_CHOICE", "prompt", "現在の業界は?", "required", true, "options", List.of("IT", "金融", "製造")),
                Map.of("type", "MULTIPLE_CHOICE", "prompt", "関心のあるテーマは?", "required", false, "options", List.of("採用", "イベント", "共創",
                        "メンタリング"),
                        "minSelections", 1, "maxSelections", 2),
                Map.of("type", "SCALE", "prompt", "コミュニティに満足していますか?", "required", true, "scaleMinLabel", "不満", "scaleMaxLabel", "満足"),
                Map.of("type", "NPS", "prompt", "友人に勧めたいですか?", "required", true),
                Map.of("type", "TEXT", "prompt", "ご意見をどうぞ", "required", false, "maxLength", 200)));
        return s;
    }

    static JsonPath create(Map<String, Object> survey) {
        return Api.admin().as().contentType(ContentType.JSON).body(survey).post("/api/v1/surveys").then().statusCode(201).extract()
                .jsonPath();
    }

    /** Answers for the standard survey: option index per choice, scale, nps, text. */
    static List<Map<String, Object>> answers(JsonPath s, int single, List<Integer> multiple, int scale, int nps, String text) {
        List<Map<String, Object>> answers = new ArrayList<>();
        answers.add(Map.of("questionId", s.getString("questions[0].id"), "optionIds", List.of(s.getString("questions[0].options[" + single
                + "].id"))));
        if (multiple != null) {
            answers.add(Map.of("questionId", s.getString("questions[1].id"),
                    "optionIds", multiple.stream().map(i -> s.getString("questions[1].options[" + i + "].id")).toList()));
        }
        answers.add(Map.of("questionId", s.getString("questions[2].id"), "value", scale));
        answers.add(Map.of("questionId", s.getString("questions[3].id"), "value", nps));
        if (text != null) {
            answers.add(Map.of("questionId", s.getString("questions[4].id"), "text", text));
        }
        return answers;
    }

    static int respond(Api.Session member, JsonPath s, List<Map<String, Object>> answers) {
        return member.as().contentType(ContentType.JSON).body(Map.of("answers", answers)).post("/api/v1/surveys/" + s.getString("id")
                + "/responses").statusCode();
    }

    @Test
    void anOversizedSurveyIsRefusedAtOnce() throws Exception {
        // 100,000 questions: refused from the body's size before any of them is read, not after seconds of parsing.
        Map<String, Object> survey = survey(false, "ALL");
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(Map.of("type", "TEXT", "prompt", "q" + i));
        }
        survey.put("questions", many);
        byte[] body = new ObjectMapper().writeValueAsBytes(survey);
        Api.Session hr = Api.admin();
        long started = System.nanoTime();
        // Offered as a large upload should be, with Expect: 100-continue: the server refuses it from the declared length,
        // so the body is never sent. (Writing all 4 MB first races the server closing the connection after its answer.)
        String answer;
        try (Socket socket = new Socket(surveys.getHost(), surveys.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + surveys.getPath() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + hr.accessToken()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            answer = new String(socket.getInputStream().readNBytes(4000), StandardCharsets.UTF_8);
        }
        assertThat(answer).startsWith("HTTP/1.1 413").contains("urn:alumni:problem:payload-too-large");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        // Within the size limit, the number of questions is bounded too.
        survey.put("questions", many.subList(0, 51));
        hr.as().contentType(ContentType.JSON).body(survey).post("/api/v1/surveys").then().statusCode(400)
                .body("errors[0].field", equalTo("questions"));
    }

    @Test
    void hrCreatesSurveysWithIdsForQuestionsAndOptions() {
        JsonPath s = create(survey(false, "ALL"));
        assertThat(s.getList("questions.id")).hasSize(5).doesNotContainNull();
        assertThat(s.getList("questions[0].options.label")).containsExactly("IT", "金融", "製造");
        assertThat(s.getString("questions[2].scaleMaxLabel")).isEqualTo("満足");
        // Questions without options still carry the (required) list, empty.
        assertThat(s.getList("questions[2].options")).isEmpty();
        Api.Session member = Api.activeMember();
        member.as().contentType(ContentType.JSON).body(survey(false, "ALL")).post("/api/v1/surveys").then().statusCode(403);
        var bad = survey(false, "ALL");
        bad.put("closesAt", OffsetDateTime.now().minusDays(1).toString());
        bad.put("questions", List.of(Map.of("type", "SINGLE_CHOICE", "prompt", "一択", "options", List.of("ひとつ"))));
        Api.admin().as().contentType(ContentType.JSON).body(bad).post("/api/v1/surveys").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("closesAt", "questions[0].options"));
        given().get("/api/v1/surveys").then().statusCode(401);
    }

    @Test
    void membersSeeOpenSurveysOfTheirAudienceAndRespondOnce() {
        JsonPath forAll = create(survey(false, "ALL"));
        JsonPath forEmployees = create(survey(false, "EMPLOYEES"));
        var draft = survey(false, "ALL");
        draft.put("status", "DRAFT");
        JsonPath drafted = create(draft);
        Api.Session member = Api.activeMember();
        List<String> listed = member.as().queryParam("limit", 100).get("/api/v1/surveys").then().statusCode(200).extract().path("items.id");
        assertThat(listed).contains(forAll.getString("id")).doesNotContain(forEmployees.getString("id"), drafted.getString("id"));
        member.as().get("/api/v1/surveys/" + drafted.getString("id")).then().statusCode(404);
        assertThat(respond(member, forEmployees, answers(forEmployees, 0, null, 3, 8, null))).isEqualTo(403);
        assertThat(respond(member, forAll, answers(forAll, 0, List.of(0), 3, 8, "よいです"))).isEqualTo(201);
        assertThat(respond(member, forAll, answers(forAll, 1, List.of(1), 4, 9, "二回目"))).isEqualTo(409);
        member.as().get("/api/v1/surveys/" + forAll.getString("id")).then().body("responded", equalTo(true));
        Api.admin().as().queryParam("limit", 100).get("/api/v1/surveys").then().body("items.id", hasItem(drafted.getString("id")));
    }

    @Test
    void oneResponsePerMemberUnderConcurrentSubmits() throws Exception {
        JsonPath s = create(survey(true, "ALL"));
        Api.Session member = Api.activeMember();
        List<Integer> codes = Concurrently.run(4, 4, i -> respond(member, s, answers(s, 0, List.of(0), 3, 8, null)));
        assertThat(codes).containsOnly(201, 409);
        assertThat(codes).filteredOn(c -> c == 201).hasSize(1);
    }

    @Test
    void everyAnswerIsCheckedAgainstItsQuestion() {
        JsonPath s = create(survey(false, "ALL"));
        Api.Session member = Api.activeMember();
        List<Map<String, Object>> answers = new ArrayList<>();
        answers.add(Map.of("questionId", UUID.randomUUID().toString(), "value", 3));
        answers.add(Map.of("questionId", s.getString("questions[0].id"), "value", 1));
        answers.add(Map.of("questionId", s.getString("questions[1].id"), "optionIds", List.of(s.getString("questions[1].options[0].id"),
                s.getString("questions[1].options[1].id"), s.getString("questions[1].options[2].id"))));
        answers.add(Map.of("questionId", s.getString("questions[2].id"), "value", 6));
        answers.add(Map.of("questionId", s.getString("questions[4].id"), "text", "あ".repeat(201)));
        member.as().contentType(ContentType.JSON).body(Map.of("answers", answers)).post("/api/v1/surveys/" + s.getString("id")
                + "/responses").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("answers[0].questionId", "answers[1]", "answers[2].optionIds", "answers[3].value",
                        "answers[4].text", "answers[questionId=" + s.getString("questions[3].id") + "]"));
        List<Map<String, Object>> notOffered = answers(s, 0, null, 3, 8, null);
        notOffered.set(0, Map.of("questionId", s.getString("questions[0].id"), "optionIds",
                List.of(s.getString("questions[1].options[0].id"))));
        assertThat(respond(member, s, notOffered)).isEqualTo(400);
        assertThat(respond(member, s, answers(s, 0, null, 3, 11, null))).isEqualTo(400);
        assertThat(respond(member, s, answers(s, 0, null, 3, 10, null))).isEqualTo(201);
    }

    @Test
    void closedSurveysTakeNoResponsesAndQuestionsFreezeOnceAnswered() {
        JsonPath s = create(survey(false, "ALL"));
        String path = "/api/v1/surveys/" + s.getString("id");
        Api.Session hr = Api.admin();
        hr.as().contentType(Api.MERGE_PATCH).body(Map.of("questions", List.of(Map.of("type", "NPS", "prompt", "変更後の設問", "required", true))))
                .patch(path).then().statusCode(200).body("questions.prompt", contains("変更後の設問"));
        JsonPath changed = hr.as().get(path).then().extract().jsonPath();
        Api.Session member = Api.activeMember();
        member.as().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("questionId", changed.getString("questions[0].id"),
                "value", 9))))
                .post(path + "/responses").then().statusCode(201);
        hr.as().contentType(Api.MERGE_PATCH).body(Map.of("questions", List.of(Map.of("type", "NPS", "prompt", "さらに変更", "required", true))))
                .patch(path).then().statusCode(409);
        hr.as().contentType(Api.MERGE_PATCH).body(Map.of("title", "題名だけの変更")).patch(path).then().statusCode(200);
        hr.as().contentType(Api.MERGE_PATCH).body(Map.of("status", "CLOSED")).patch(path).then().statusCode(200).body("status",
                equalTo("CLOSED"));
        Api.Session late = Api.activeMember();
        late.as().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("questionId", changed.getString("questions[0].id"),
                "value", 9))))
                .post(path + "/responses").then().statusCode(409).body("type", equalTo("urn:alumni:problem:invalid-state"));
        hr.as().contentType(Api.MERGE_PATCH).body(Map.of("status", "OPEN")).patch(path).then().statusCode(409);
        member.as().contentType(Api.MERGE_PATCH).body(Map.of("title", "x")).patch(path).then().statusCode(403);
    }

    @Test
    void resultsArithmeticOnAKnownDataSet() {
        JsonPath s = create(survey(false, "ALL"));
        // single: IT, IT, 金融, IT ; scale 5,4,3,4 ; nps 10,9,6,7
        int[][] data = { { 0, 5, 10 }, { 0, 4, 9 }, { 1, 3, 6 }, { 0, 4, 7 } };
        List<String> members = new ArrayList<>();
        for (int[] d : data) {
            Api.Session m = Api.activeMember();
            members.add(m.id());
            assertThat(respond(m, s, answers(s, d[0], List.of(0, 1), d[1], d[2], "意見" + d[2]))).isEqualTo(201);
        }
        JsonPath r = Api.admin().as().get("/api/v1/surveys/" + s.getString("id") + "/results").then().statusCode(200).extract().jsonPath();
        assertThat(r.getInt("responseCount")).isEqualTo(4);
        assertThat(r.getInt("audienceSize")).isGreaterThanOrEqualTo(4);
        assertThat(r.getList("questions[0].options.count", Integer.class)).containsExactly(3, 1, 0);
        assertThat(r.getList("questions[0].options.percent", Float.class)).containsExactly(75.0f, 25.0f, 0.0f);
        assertThat(r.getList("questions[1].options.count", Integer.class)).containsExactly(4, 4, 0, 0);
        assertThat(r.getFloat("questions[2].mean")).isEqualTo(4.0f);
        assertThat(r.getList("questions[2].distribution.count", Integer.class)).containsExactly(0, 0, 1, 2, 1);
        // NPS: promoters 2 of 4 (50%), detractors 1 of 4 (25%) → 25.
        assertThat(r.getFloat("questions[3].nps")).isEqualTo(25.0f);
        assertThat(r.getList("questions[4].texts.respondentId", String.class)).containsExactlyInAnyOrderElementsOf(members);
        assertThat(r.getBoolean("questions[0].hidden")).isFalse();
        Api.activeMember().as().get("/api/v1/surveys/" + s.getString("id") + "/results").then().statusCode(403);

        byte[] csv = Api.admin().as().accept("text/csv").get("/api/v1/surveys/" + s.getString("id") + "/results/export.csv").then()
                .statusCode(200).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFresponse,memberId,submittedAt,Q1. 現在の業界は?");
        assertThat(text.split("\r\n")).hasSize(5);
        assertThat(text).contains(members.get(0)).contains("採用; イベント");
    }

    @Test
    void anonymousSurveysCannotBeLinkedToRespondents() {
        JsonPath s = create(survey(true, "ALL"));
        String id = s.getString("id");
        List<Api.Session> respondents = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Api.Session m = Api.activeMember();
            respondents.add(m);
            assertThat(respond(m, s, answers(s, 0, List.of(0), 4, 9, "匿名の意見" + i))).isEqualTo(201);
        }
        Api.Session hr = Api.admin();
        JsonPath few = hr.as().get("/api/v1/surveys/" + id + "/results").then().statusCode(200).extract().jsonPath();
        assertThat(few.getInt("responseCount")).isEqualTo(4);
        assertThat(few.getBoolean("questions[0].hidden")).isTrue();
        assertThat(few.getList("questions[0].options")).isNull();
        assertThat(few.getList("questions[4].texts")).isNull();
        hr.as().accept("text/csv").get("/api/v1/surveys/" + id + "/results/export.csv").then().statusCode(409);

        Api.Session fifth = Api.activeMember();
        respondents.add(fifth);
        assertThat(respond(fifth, s, answers(s, 1, List.of(1), 2, 3, "匿名の意見4"))).isEqualTo(201);
        String results = hr.as().get("/api/v1/surveys/" + id + "/results").then().statusCode(200)
                .body("questions[0].hidden", equalTo(false))
                .body("questions[4].texts.text", hasItem("匿名の意見4"))
                .body("questions[4].texts[0]", not(hasKey("respondentId")))
                .extract().asString();
        String csv = new String(hr.as().accept("text/csv").get("/api/v1/surveys/" + id + "/results/export.csv").then().statusCode(200)
                .extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFresponse,Q1.");
        for (Api.Session r : respondents) {
            assertThat(results).doesNotContain(r.id());
            assertThat(csv).doesNotContain(r.id()).doesNotContain(r.email());
        }
        // Each respondent knows they responded, and nothing more is stored with their name.
        respondents.get(0).as().get("/api/v1/surveys/" + id).then().body("responded", equalTo(true));
    }
}
