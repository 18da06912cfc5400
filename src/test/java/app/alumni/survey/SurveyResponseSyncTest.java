package app.alumni.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** HR's systems read the responses of surveys that are not anonymous, with their answers, and only those. */
@QuarkusTest
class SurveyResponseSyncTest {

    @Test
    void responsesOfANamedSurveySyncWithTheirAnswers() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();
        JsonPath s = SurveyTest.create(SurveyTest.survey(false, "ALL"));
        Api.Session member = Api.activeMember();
        assertThat(SurveyTest.respond(member, s, SurveyTest.answers(s, 1, List.of(0, 2), 4, 9, "楽しい"))).isEqualTo(201);
        Api.Client warehouse = Api.client("surveys:read");
        String path = "/api/v1/surveys/" + s.getString("id") + "/responses";

        JsonPath page = warehouse.as().queryParam("updatedSince", since).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items")).hasSize(1);
        assertThat(page.getString("items[0].respondentId")).isEqualTo(member.id());
        assertThat(page.getList("items[0].answers.questionId")).containsExactlyInAnyOrderElementsOf(s.getList("questions.id"));
        assertThat(page.getString("items[0].answers.find { it.questionId == '" + s.getString("questions[4].id") + "' }.text"))
                .isEqualTo("楽しい");
        warehouse.as().queryParam("updatedSince", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString()).get(path).then()
                .statusCode(200).body("items", equalTo(List.of()));

        JsonPath anonymous = SurveyTest.create(SurveyTest.survey(true, "ALL"));
        warehouse.as().get("/api/v1/surveys/" + anonymous.getString("id") + "/responses").then().statusCode(409)
                .body("type", equalTo("urn:alumni:problem:invalid-state"));
        warehouse.as().get("/api/v1/surveys/" + UUID.randomUUID() + "/responses").then().statusCode(404);
        member.as().get(path).then().statusCode(403);
    }
}
