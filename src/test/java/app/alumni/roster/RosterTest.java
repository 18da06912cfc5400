package app.alumni.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RosterTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void hrWritesReadsAndRemovesAnEntryByHand() {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        Map<String, Object> body = new HashMap<>(Map.of("fullName", "森 花子", "fullNameKana", "モリ ハナコ", "leftOn", "2022-03",
                "joinedOn", "2016-04", "contactOptIn", true));
        String etag = hr.as().contentType(ContentType.JSON).body(body).put("/api/v1/admin/roster/" + number).then().statusCode(201)
                .header("Location", equalTo("https://alumni.example.com/api/v1/admin/roster/" + number))
                .body("state", equalTo("NOT_INVITED")).body("rehireInterest", equalTo(false)).extract().header("ETag");
        body.put("rehireInterest", true);
        String newer = hr.as().contentType(ContentType.JSON).header("If-Match", etag).body(body).put("/api/v1/admin/roster/" + number)
                .then().statusCode(200).body("rehireInterest", equalTo(true)).extract().header("ETag");
        hr.as().contentType(ContentType.JSON).header("If-Match", etag).body(body).put("/api/v1/admin/roster/" + number).then()
                .statusCode(412);
        Rosters.entry(hr, number.toLowerCase()).then().statusCode(200).header("ETag", newer).body("employeeNumber", equalTo(number));
        hr.as().header("If-Match", etag).delete("/api/v1/admin/roster/" + number).then().statusCode(412);
        hr.as().header("If-Match", newer).delete("/api/v1/admin/roster/" + number).then().statusCode(204);
        Rosters.entry(hr, number).then().statusCode(404);
        hr.as().delete("/api/v1/admin/roster/" + number).then().statusCode(404);
    }

    @Test
    void entriesAreValidated() {
        Api.Session hr = Api.admin();
        hr.as().contentType(ContentType.JSON).body(Map.of("fullName", " ", "email", "nope", "joinedOn", "2020-04", "leftOn", "2019-04"))
                .put("/api/v1/admin/roster/" + Rosters.number()).then().statusCode(400)
                .body("errors.field", hasItem("fullName")).body("errors.field", hasItem("email"));
        hr.as().contentType(ContentType.JSON).body(Map.of("fullName", "x", "joinedOn", "2020-04", "leftOn", "2019-04"))
                .put("/api/v1/admin/roster/" + Rosters.number()).then().statusCode(400).body("errors.field", hasItem("leftOn"));
        hr.as().contentType(ContentType.JSON).body(Map.of("fullName", "x")).put("/api/v1/admin/roster/no%20spaces").then()
                .statusCode(400).body("errors.field", hasItem("employeeNumber"));
        hr.as().contentType(ContentType.JSON).body(Map.of("fullName", "x", "leftOn", "2999-01"))
                .put("/api/v1/admin/roster/" + Rosters.number()).then().statusCode(400).body("errors.field", hasItem("leftOn"));
    }

    @Test
    void theListSearchesJapaneseFiltersAndPages() {
        Api.Session hr = Api.admin();
        String tag = Rosters.number().substring(1, 7);
        StringBuilder csv = new StringBuilder("社員番号,氏名,氏名カナ,退職年月,最終所属,案内希望\n");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String n = "L" + tag + "-" + i;
            numbers.add(n);
            csv.append(n).append(",渡辺 ").append(i).append("郎,ワタナベ,").append(2015 + i % 2).append("-04,部署").append(tag).append(",")
                    .append(i % 2 == 0 ? "はい" : "いいえ").append('\n');
        }
        Rosters.importUtf8(hr, csv.toString(), "").then().statusCode(200).body("created", equalTo(5));

        // Half-width katakana and hiragana find the reading; the department tag narrows to this test's rows.
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = hr.as().queryParam("q", "ﾜﾀﾅﾍﾞ 部署" + tag).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/admin/roster").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items.employeeNumber"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(all).containsExactlyElementsOf(numbers);
        assertThat(list(hr, Map.of("q", "わたなべ 部署" + tag, "leftYear", 2016))).containsExactly(numbers.get(1), numbers.get(3));
        assertThat(list(hr, Map.of("q", "部署" + tag, "contactOptIn", true))).containsExactly(numbers.get(0), numbers.get(2),
                numbers.get(4));
        assertThat(list(hr, Map.of("q", "部署" + tag, "state", "ACTIVE"))).isEmpty();
        assertThat(list(hr, Map.of("q", "部署" + tag, "state", "NOT_INVITED"))).hasSize(5);
        assertThat(list(hr, Map.of("q", "渡辺 部署" + tag))).hasSize(5);
        hr.as().queryParam("state", "NOPE").get("/api/v1/admin/roster").then().statusCode(400);
        hr.as().queryParam("cursor", "garbage").get("/api/v1/admin/roster").then().statusCode(400);
    }

    @Test
    void aPageOfTheRosterOrOfTheRegistrationQueueCostsAFixedNumberOfStatements() {
        Api.Session hr = Api.admin();
        String tag = Rosters.number().substring(1, 7);
        StringBuilder csv = new StringBuilder("社員番号,氏名,退職年月,最終所属\n");
        for (int i = 0; i < 12; i++) {
            csv.append("S").append(tag).append("-").append(i).append(",統計 ").append(i).append(",2020-01,統計").append(tag).append('\n');
        }
        Rosters.importUtf8(hr, csv.toString(), "").then().statusCode(200).body("created", equalTo(12));
        for (int i = 0; i < 12; i++) {
            Api.registered(RosterMatchTest.registration("S" + tag + "-" + i, "統計 " + i, null, "2019-01"));
        }
        long small = Statements.of(entityManagerFactory, () -> rosterPage(hr, tag, 2));
        long large = Statements.of(entityManagerFactory, () -> rosterPage(hr, tag, 12));
        // The sign-in checks, the page, its entries, and the audit log's line.
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(5);
        long fewRegistrations = Statements.of(entityManagerFactory, () -> hr.as().queryParam("limit", 2).get("/api/v1/admin/registrations")
                .then().statusCode(200));
        long manyRegistrations = Statements.of(entityManagerFactory, () -> hr.as().queryParam("limit", 12)
                .get("/api/v1/admin/registrations").then().statusCode(200));
        // The sign-in checks, the page, at most two roster queries for its matches (by number, by name when needed), and
        // the audit log's line.
        assertThat(fewRegistrations).isLessThanOrEqualTo(6);
        assertThat(manyRegistrations).isLessThanOrEqualTo(6);
    }

    private static void rosterPage(Api.Session hr, String tag, int limit) {
        hr.as().queryParam("q", "統計" + tag).queryParam("limit", limit).get("/api/v1/admin/roster").then().statusCode(200)
                .body("items.size()", equalTo(limit)).body("items[0].state", equalTo("REGISTERED"));
    }

    @Test
    void theRosterIsForHrAndClientsWithRosterWrite() {
        given().get("/api/v1/admin/roster").then().statusCode(401);
        Rosters.entryAnonymously("A1").then().statusCode(401);
        Api.Session member = Api.activeMember();
        member.as().get("/api/v1/admin/roster").then().statusCode(403);
        member.as().contentType(ContentType.JSON).body(Map.of("fullName", "x")).put("/api/v1/admin/roster/A1").then().statusCode(403);
        Api.client("members:read").as().get("/api/v1/admin/roster").then().statusCode(403);
        Api.client("roster:write").as().get("/api/v1/admin/roster").then().statusCode(200);
    }

    private static List<String> list(Api.Session hr, Map<String, Object> query) {
        return hr.as().queryParams(query).queryParam("limit", 100).get("/api/v1/admin/roster").then().statusCode(200).extract()
                .jsonPath().getList("items.employeeNumber");
    }
}
