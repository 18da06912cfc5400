package app.alumni.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Registrations are compared with the roster; one the roster vouches for is approved at once (ROSTER_MATCH). */
@QuarkusTest
class RosterMatchTest {

    @Test
    void aRegistrationMatchingTheRosterIsActiveAtOnceAndLinked() {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        // Written with a full-width space and hiragana; the applicant types half-width katakana and no space.
        entry(hr, number, "山田　花子", "やまだ はなこ", "2021-03");
        Map<String, Object> registration = registration(number.toLowerCase(), "山田花子", "ﾔﾏﾀﾞ ﾊﾅｺ", "2021-03");
        JsonPath registered = Api.register(registration).then().statusCode(201).extract().jsonPath();
        assertThat(registered.getString("status")).isEqualTo("ACTIVE");
        String id = registered.getString("id");

        JsonPath seen = hr.as().get("/api/v1/admin/registrations/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(seen.getString("approvedByRule")).isEqualTo("ROSTER_MATCH");
        assertThat(seen.getString("reviewedBy")).isNull();
        assertThat(seen.getString("rosterMatch.status")).isEqualTo("MATCHED");
        assertThat(seen.getString("rosterMatch.entry.employeeNumber")).isEqualTo(number);
        assertThat(seen.getList("rosterMatch.differences")).isEmpty();
        Rosters.entry(hr, number).then().statusCode(200).body("state", equalTo("ACTIVE")).body("memberId", equalTo(id));
        // The new member can use the community at once.
        Api.Session member = Api.signIn((String) registration.get("email"), Api.PASSWORD);
        member.as().get("/api/v1/posts").then().statusCode(200);
        // A registration as HR sees it is HR's alone, the applicant's own included.
        member.as().get("/api/v1/admin/registrations/" + id).then().statusCode(403);
        given().get("/api/v1/admin/registrations/" + id).then().statusCode(401);
        hr.as().get("/api/v1/admin/registrations/00000000-0000-4000-8000-000000000000").then().statusCode(404);
        Api.client("members:read").as().get("/api/v1/admin/registrations/" + id).then().statusCode(200)
                .body("rosterMatch.status", equalTo("MATCHED"));
        Api.client("jobs:read").as().get("/api/v1/admin/registrations/" + id).then().statusCode(403);

        // A second applicant with the same data is not approved: the entry is someone's already.
        String second = Api.registered(registration(number, "山田 花子", null, "2021-03"));
        JsonPath duplicate = hr.as().get("/api/v1/admin/registrations/" + second).then().statusCode(200).extract().jsonPath();
        assertThat(duplicate.getString("status")).isEqualTo("PENDING");
        assertThat(duplicate.getString("rosterMatch.status")).isEqualTo("PARTIAL");
        assertThat(duplicate.getList("rosterMatch.differences")).containsExactly("ALREADY_LINKED");
    }

    @Test
    void partialMatchesWaitForHrWithTheirDifferences() {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        entry(hr, number, "佐々木 結衣", "ササキ ユイ", "2019-09");

        String renamed = Api.registered(registration(number, "田中 結衣", "タナカ ユイ", "2019-09"));
        // Her number names the entry: it shows her as registered, waiting for HR.
        Rosters.entry(hr, number).then().body("state", equalTo("REGISTERED")).body("memberId", equalTo(renamed));
        JsonPath queue = hr.as().get("/api/v1/admin/registrations/" + renamed).then().statusCode(200).extract().jsonPath();
        assertThat(queue.getString("status")).isEqualTo("PENDING");
        assertThat(queue.getString("rosterMatch.status")).isEqualTo("PARTIAL");
        assertThat(queue.getList("rosterMatch.differences")).containsExactly("FULL_NAME");
        assertThat(queue.getString("rosterMatch.entry.fullName")).isEqualTo("佐々木 結衣");

        String wrongMonth = Api.registered(registration(number, "佐々木 結衣", null, "2019-10"));
        assertThat(hr.as().get("/api/v1/admin/registrations/" + wrongMonth).then().extract().jsonPath().getList("rosterMatch.differences"))
                .containsExactly("LEFT_ON", "ALREADY_LINKED");

        String noNumber = Api.registered(registration("", "ササキユイ", "ささき ゆい", "2019-09"));
        JsonPath byName = hr.as().get("/api/v1/admin/registrations/" + noNumber).then().extract().jsonPath();
        assertThat(byName.getString("rosterMatch.status")).isEqualTo("PARTIAL");
        assertThat(byName.getList("rosterMatch.differences")).containsExactly("EMPLOYEE_NUMBER");
        assertThat(byName.getString("rosterMatch.entry.employeeNumber")).isEqualTo(number);

        String unknown = Api.registered(registration(Rosters.number(), "誰 でもない", null, "2019-09"));
        JsonPath none = hr.as().get("/api/v1/admin/registrations/" + unknown).then().extract().jsonPath();
        assertThat(none.getString("rosterMatch.status")).isEqualTo("NONE");
        assertThat(none.getString("rosterMatch.entry")).isNull();

        // The queue shows the match of every registration on the page.
        List<Map<String, Object>> pending = hr.as().queryParam("limit", 100).get("/api/v1/admin/registrations").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(pending).filteredOn(r -> renamed.equals(r.get("id"))).singleElement()
                .extracting(r -> ((Map<?, ?>) r.get("rosterMatch")).get("status")).isEqualTo("PARTIAL");

        // HR approves the renamed alumna: the entry becomes hers. Rejecting another frees nothing it did not hold.
        hr.as().post("/api/v1/admin/registrations/" + renamed + "/approve").then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("reviewedBy.kind", equalTo("MEMBER")).body("approvedByRule", equalTo(null));
        Rosters.entry(hr, number).then().body("memberId", equalTo(renamed)).body("state", equalTo("ACTIVE"));
        hr.as().contentType(ContentType.JSON).body(Map.of("reason", "重複")).post("/api/v1/admin/registrations/" + wrongMonth + "/reject")
                .then().statusCode(200);
        Rosters.entry(hr, number).then().body("memberId", equalTo(renamed));
    }

    @Test
    void aRejectedRegistrationFreesTheEntryItTook() {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        entry(hr, number, "岡田 三郎", null, "2018-03");
        // Someone registers with his number but another name: the entry is taken, pending HR.
        String impostor = Api.registered(registration(number, "岡田 参郎", null, "2018-03"));
        Rosters.entry(hr, number).then().body("state", equalTo("REGISTERED")).body("memberId", equalTo(impostor));
        Api.register(registration(number, "岡田 三郎", null, "2018-03")).then().statusCode(201).body("status", equalTo("PENDING"));
        hr.as().contentType(ContentType.JSON).body(Map.of("reason", "別人")).post("/api/v1/admin/registrations/" + impostor + "/reject")
                .then().statusCode(200);
        Rosters.entry(hr, number).then().body("state", equalTo("NOT_INVITED")).body("memberId", equalTo(null));
        Api.register(registration(number, "岡田 三郎", null, "2018-03")).then().statusCode(201).body("status", equalTo("ACTIVE"));
        Rosters.entry(hr, number).then().body("state", equalTo("ACTIVE"));
    }

    @Test
    void twoMatchingRegistrationsAtOnceApproveOnlyOne() throws Exception {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        entry(hr, number, "同時 登録", null, "2020-06");
        List<Callable<String>> calls = List.of(
                () -> Api.register(registration(number, "同時 登録", null, "2020-06")).then().statusCode(201).extract().path("status"),
                () -> Api.register(registration(number, "同時 登録", null, "2020-06")).then().statusCode(201).extract().path("status"),
                () -> Api.register(registration(number, "同時 登録", null, "2020-06")).then().statusCode(201).extract().path("status"));
        List<String> statuses = Concurrently.run(3, calls);
        assertThat(statuses).containsExactlyInAnyOrder("ACTIVE", "PENDING", "PENDING");
    }

    static void entry(Api.Session hr, String number, String name, String kana, String leftOn) {
        Map<String, Object> body = new HashMap<>(Map.of("fullName", name, "leftOn", leftOn));
        if (kana != null) {
            body.put("fullNameKana", kana);
        }
        hr.as().contentType(ContentType.JSON).body(body).put("/api/v1/admin/roster/" + number).then().statusCode(201);
    }

    static Map<String, Object> registration(String number, String name, String kana, String leftOn) {
        Map<String, Object> r = Api.registration(Api.uniqueEmail("roster"));
        r.put("employeeNumber", number);
        r.put("fullName", name);
        r.put("fullNameKana", kana);
        r.put("leftOn", leftOn);
        r.put("joinedOn", "2010-04");
        return r;
    }
}
