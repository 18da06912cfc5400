package app.alumni.member;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ProfileTest {

    @Test
    void mergePatchChangesOnlyWhatIsSent() {
        Api.Session member = Api.activeMember();
        String etag = member.as().get("/api/v1/members/me").then().statusCode(200)
                .header("ETag", notNullValue()).extract().header("ETag");
        Map<String, Object> patch = new HashMap<>();
        patch.put("headline", "大阪でデータエンジニア");
        patch.put("skills", List.of("データ分析", "Python"));
        patch.put("openTo", List.of("MENTORING", "REHIRE"));
        patch.put("tenure", Map.of("departments", List.of("開発本部", "データ基盤部")));
        patch.put("privacy", Map.of("showEmail", true));
        patch.put("fullNameKana", null);
        String newEtag = member.as().contentType(Api.MERGE_PATCH).header("If-Match", etag).body(patch)
                .patch("/api/v1/members/me").then().statusCode(200)
                .body("headline", equalTo("大阪でデータエンジニア"))
                .body("skills", contains("データ分析", "Python"))
                .body("openTo", containsInAnyOrder("MENTORING", "REHIRE"))
                .body("tenure.departments", contains("開発本部", "データ基盤部"))
                .body("tenure.joinedOn", equalTo("2015-04"))
                .body("privacy.showEmail", equalTo(true))
                .body("privacy.showCareer", equalTo(true))
                .body("fullNameKana", nullValue())
                .body("fullName", equalTo("山田 花子"))
                .extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
        // The old version is stale now.
        member.as().contentType(Api.MERGE_PATCH).header("If-Match", etag).body(Map.of("headline", "x"))
                .patch("/api/v1/members/me").then().statusCode(412)
                .body("type", equalTo("urn:alumni:problem:stale-version"));
        // Plain JSON is accepted as a merge patch too.
        member.as().contentType(ContentType.JSON).body(Map.of("location", "大阪府"))
                .patch("/api/v1/members/me").then().statusCode(200).body("location", equalTo("大阪府"))
                .body("headline", equalTo("大阪でデータエンジニア"));
    }

    @Test
    void patchIsValidatedFieldByField() {
        Api.Session member = Api.activeMember();
        Map<String, Object> patch = new HashMap<>();
        patch.put("displayName", "");
        patch.put("avatarUrl", "javascript:alert(1)");
        patch.put("links", List.of("https://ok.example.com", "ftp://nope"));
        patch.put("bio", "あ".repeat(2001));
        patch.put("preferredLanguage", "fr");
        member.as().contentType(Api.MERGE_PATCH).body(patch).patch("/api/v1/members/me").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("displayName", "avatarUrl", "links[1]", "bio", "preferredLanguage"));
        member.as().contentType(Api.MERGE_PATCH).body("{\"fullName\": null}").patch("/api/v1/members/me").then()
                .statusCode(400).body("errors[0].field", equalTo("fullName"));
        member.as().contentType(Api.MERGE_PATCH).body(Map.of("email", "x@example.com")).patch("/api/v1/members/me").then()
                .statusCode(400).body("errors[0].field", equalTo("email"));
        member.as().contentType(Api.MERGE_PATCH).body(Map.of("openTo", List.of("WORLD_DOMINATION")))
                .patch("/api/v1/members/me").then().statusCode(400).body("errors[0].field", equalTo("openTo[0]"));
        member.as().contentType(Api.MERGE_PATCH).body(Map.of("tenure", Map.of("joinedOn", "2030-01")))
                .patch("/api/v1/members/me").then().statusCode(400).body("errors[0].field", equalTo("tenure.joinedOn"));
        member.as().contentType(Api.MERGE_PATCH).body(Map.of("tenure", Map.of("joinedOn", "2022-01")))
                .patch("/api/v1/members/me").then().statusCode(400).body("errors[0].field", equalTo("tenure.leftOn"));
        member.as().contentType(Api.MERGE_PATCH).body("[1,2]").patch("/api/v1/members/me").then().statusCode(400);
        member.as().contentType(ContentType.TEXT).body("headline").patch("/api/v1/members/me").then().statusCode(415);
        given().contentType(Api.MERGE_PATCH).body(Map.of("headline", "x")).patch("/api/v1/members/me").then().statusCode(401);
    }

    @Test
    void othersSeeOnlyWhatThePrivacySettingsAllow() {
        Map<String, Object> profile = new HashMap<>();
        profile.put("currentCompany", "株式会社なにわデータ");
        profile.put("currentTitle", "データエンジニア");
        Api.Session owner = Api.activeMember(Api.registration(Api.uniqueEmail("private")), profile);
        Api.Session viewer = Api.activeMember();
        String path = "/api/v1/members/" + owner.id();
        viewer.as().get(path).then().statusCode(200)
                .body("displayName", equalTo("花子"))
                .body("$", not(hasKey("email")))
                .body("$", not(hasKey("account")))
                .body("career.currentCompany", equalTo("株式会社なにわデータ"))
                .body("career.tenure.leftOn", equalTo("2021-03"));
        owner.as().contentType(Api.MERGE_PATCH).body(Map.of("privacy", Map.of("showEmail", true, "showCareer", false)))
                .patch("/api/v1/members/me").then().statusCode(200);
        viewer.as().get(path).then().statusCode(200)
                .body("email", equalTo(owner.email()))
                .body("$", not(hasKey("career")));
        // HR sees everything, whatever the settings.
        owner.as().contentType(Api.MERGE_PATCH).body(Map.of("privacy", Map.of("showEmail", false, "showCareer", false)))
                .patch("/api/v1/members/me").then().statusCode(200);
        viewer.as().get(path).then().body("$", not(hasKey("email")));
        Api.admin().as().get(path).then().statusCode(200)
                .body("email", equalTo(owner.email()))
                .body("career.currentCompany", equalTo("株式会社なにわデータ"))
                .body("account.status", equalTo("ACTIVE"))
                .body("account.employeeNumber", equalTo("E012345"));
    }

    @Test
    void onlyActiveMembersAreVisibleToMembers() {
        Api.Session viewer = Api.activeMember();
        String pending = Api.registered(Api.registration(Api.uniqueEmail("hidden")));
        viewer.as().get("/api/v1/members/" + pending).then().statusCode(404)
                .body("type", equalTo("urn:alumni:problem:not-found"));
        viewer.as().get("/api/v1/members/" + UUID.randomUUID()).then().statusCode(404);
        Api.admin().as().get("/api/v1/members/" + pending).then().statusCode(200).body("account.status", equalTo("PENDING"));
        given().get("/api/v1/members/" + viewer.id()).then().statusCode(401);
    }

    @Test
    void emailAddressesNeverLeakThroughTheDirectory() {
        Map<String, Object> profile = new HashMap<>();
        profile.put("privacy", Map.of("showEmail", true, "showCareer", true));
        profile.put("headline", "メール公開テスト" + UUID.randomUUID().toString().substring(0, 6));
        Api.Session owner = Api.activeMember(Api.registration(Api.uniqueEmail("shown")), profile);
        String body = Api.activeMember().as().queryParam("limit", 100).get("/api/v1/members").then().statusCode(200)
                .extract().asString();
        assertThat(body).doesNotContain("@example.com").doesNotContain(owner.email());
    }
}
