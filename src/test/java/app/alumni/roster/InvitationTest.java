package app.alumni.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import app.alumni.support.Mails;
import app.alumni.support.Smtp;
import app.alumni.support.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** HR invites people on the roster; the mailed link makes joining one step. Mail is read back from a real SMTP server. */
@QuarkusTest
@WithTestResource(value = Smtp.class, scope = TestResourceScope.GLOBAL)
class InvitationTest {

    @Smtp.Server
    GreenMail smtp;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anInvitedAlumnusRegistersWithTheLinkAndIsActiveAtOnce() throws Exception {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        String email = Api.uniqueEmail("invited");
        entry(hr, number, "招待 花子", "ショウタイ ハナコ", email, true);

        JsonPath report = invite(hr, Map.of("employeeNumbers", List.of(number), "message", "ぜひご参加ください。")).extract().jsonPath();
        assertThat(report.getInt("invited")).isEqualTo(1);
        assertThat(report.getList("skipped")).isEmpty();
        Rosters.entry(hr, number).then().body("state", equalTo("INVITED"));

        MimeMessage mail = Mails.awaitSubject(smtp, email, "【アルムナイコミュニティ】ご招待のお知らせ");
        assertThat(Mails.text(mail)).contains("招待 花子 様").contains("ぜひご参加ください。").contains("/join?token=");
        String token = Mails.token(mail);

        JsonPath preview = given().get("/api/v1/invitations/" + token).then().statusCode(200).extract().jsonPath();
        assertThat(preview.getString("kind")).isEqualTo("HR");
        assertThat(preview.getString("fullName")).isEqualTo("招待 花子");
        assertThat(preview.getString("leftOn")).isEqualTo("2021-03");
        assertThat(preview.getString("maskedEmail")).startsWith(email.substring(0, 1) + "***@").doesNotContain(email.substring(1, 5));
        assertThat(preview.getString("invitedBy")).isEqualTo("人事部");

        Map<String, Object> registration = RosterMatchTest.registration("", "招待 花子", null, "2021-03");
        registration.put("email", email.toUpperCase());
        registration.put("invitationToken", token);
        String id = Api.register(registration).then().statusCode(201).body("status", equalTo("ACTIVE")).extract().path("id");
        JsonPath seen = hr.as().get("/api/v1/admin/registrations/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(seen.getString("approvedByRule")).isEqualTo("INVITATION");
        assertThat(seen.getBoolean("emailVerified")).isTrue();
        assertThat(seen.getString("employeeNumber")).isEqualTo(number);
        Rosters.entry(hr, number).then().body("state", equalTo("ACTIVE")).body("memberId", equalTo(id));
        // No verification mail: the invitation proved the address.
        assertThat(Mails.settled(smtp, email.toUpperCase())).extracting(Mails::subject).doesNotContain("【アルムナイコミュニティ】メールアドレスの確認");

        // The link is used up.
        given().get("/api/v1/invitations/" + token).then().statusCode(404);
        registration.put("email", Api.uniqueEmail("second"));
        Api.register(registration).then().statusCode(400).body("errors.field", hasItem("invitationToken"));
        List<Map<String, Object>> accepted = hr.as().queryParam("status", "ACCEPTED").queryParam("limit", 100)
                .get("/api/v1/admin/invitations").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(accepted).filteredOn(i -> id.equals(i.get("acceptedBy"))).singleElement()
                .satisfies(i -> assertThat(i.get("employeeNumber")).isEqualTo(number));
    }

    @Test
    void theLinkWithAnotherAddressStillNeedsVerification() {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        String email = Api.uniqueEmail("invited-elsewhere");
        entry(hr, number, "別アドレス 太郎", null, email, true);
        invite(hr, Map.of("employeeNumbers", List.of(number)));
        String token = Mails.token(Mails.awaitSubject(smtp, email, "【アルムナイコミュニティ】ご招待のお知らせ"));
        Map<String, Object> registration = RosterMatchTest.registration("", "別人 です", null, "2021-03");
        registration.put("invitationToken", token);
        String id = Api.register(registration).then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
        hr.as().get("/api/v1/admin/registrations/" + id).then().body("emailVerified", equalTo(false))
                .body("rosterMatch.differences", hasItem("FULL_NAME"));
    }

    @Test
    void invitationsSkipWhoCannotBeInvitedAndFiltersOnlyReachThoseWhoAgreed() {
        Api.Session hr = Api.admin();
        String tag = Rosters.number().substring(1, 7);
        String agreed = Rosters.number();
        String declined = Rosters.number();
        String noAddress = Rosters.number();
        String member = Rosters.number();
        entry(hr, agreed, "同意 一", null, Api.uniqueEmail("agreed"), true, "部署" + tag);
        entry(hr, declined, "拒否 二", null, Api.uniqueEmail("declined"), false, "部署" + tag);
        entry(hr, noAddress, "住所 三", null, null, true, "部署" + tag);
        Api.Session existing = Api.activeMember();
        entry(hr, member, "既存 四", null, existing.email(), true, "部署" + tag);

        JsonPath listed = invite(hr, Map.of("employeeNumbers", List.of(declined, noAddress, member, "NOPE-" + tag), "dryRun", true))
                .extract().jsonPath();
        assertThat(listed.getBoolean("dryRun")).isTrue();
        assertThat(listed.getInt("invited")).isEqualTo(1);
        assertThat(listed.getList("skipped.reason")).containsExactly("NO_EMAIL", "ALREADY_MEMBER", "NOT_FOUND");

        JsonPath filtered = invite(hr, Map.of("filter", Map.of("department", "部署" + tag))).extract().jsonPath();
        assertThat(filtered.getInt("invited")).isEqualTo(1);
        assertThat(filtered.getBoolean("more")).isFalse();
        Rosters.entry(hr, agreed).then().body("state", equalTo("INVITED"));
        Rosters.entry(hr, declined).then().body("state", equalTo("NOT_INVITED"));
        // Again: the live invitation is not repeated.
        assertThat(invite(hr, Map.of("filter", Map.of("department", "部署" + tag))).extract().jsonPath().getInt("invited")).isZero();
        assertThat(invite(hr, Map.of("employeeNumbers", List.of(agreed))).extract().jsonPath().getList("skipped.reason"))
                .containsExactly("ALREADY_INVITED");

        hr.as().contentType(ContentType.JSON).body(Map.of("filter", Map.of("contactOptIn", false))).post("/api/v1/admin/invitations")
                .then().statusCode(400).body("errors.field", hasItem("filter.contactOptIn"));
        hr.as().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/admin/invitations").then().statusCode(400);
        hr.as().contentType(ContentType.JSON).body(Map.of("employeeNumbers", List.of(agreed), "filter", Map.of()))
                .post("/api/v1/admin/invitations").then().statusCode(400);
    }

    @Test
    void invitationsExpireAfterThirtyDaysAndCanBeResentOrRevoked() throws Exception {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        String email = Api.uniqueEmail("expiring");
        entry(hr, number, "期限 五郎", null, email, true);
        invite(hr, Map.of("employeeNumbers", List.of(number)));
        String first = Mails.token(Mails.awaitNth(smtp, email, 1));
        String id = (String) invitationOf(hr, email).get("id");

        clock.advance(Duration.ofDays(31));
        given().get("/api/v1/invitations/" + first).then().statusCode(410).body("type", equalTo("urn:alumni:problem:invitation-expired"));
        assertThat(invitationOf(hr, email).get("status")).isEqualTo("EXPIRED");
        Rosters.entry(hr, number).then().body("state", equalTo("NOT_INVITED"));
        Map<String, Object> registration = RosterMatchTest.registration("", "期限 五郎", null, "2021-03");
        registration.put("email", email);
        registration.put("invitationToken", first);
        Api.register(registration).then().statusCode(400).body("errors[0].message", equalTo("has expired; ask for a new link"));

        hr.as().post("/api/v1/admin/invitations/" + id + "/resend").then().statusCode(200).body("status", equalTo("SENT"));
        String second = Mails.token(Mails.awaitNth(smtp, email, 2));
        assertThat(second).isNotEqualTo(first);
        given().get("/api/v1/invitations/" + first).then().statusCode(404);
        given().get("/api/v1/invitations/" + second).then().statusCode(200);

        hr.as().delete("/api/v1/admin/invitations/" + id).then().statusCode(204);
        hr.as().delete("/api/v1/admin/invitations/" + id).then().statusCode(204);
        given().get("/api/v1/invitations/" + second).then().statusCode(404);
        hr.as().post("/api/v1/admin/invitations/" + id + "/resend").then().statusCode(409);
        hr.as().post("/api/v1/admin/invitations/00000000-0000-4000-8000-000000000000/resend").then().statusCode(404);
    }

    @Test
    void anAddressWhoseInvitationLapsedCanBeInvitedAgain() {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        String email = Api.uniqueEmail("again");
        entry(hr, number, "再送 七子", null, email, true);
        invite(hr, Map.of("employeeNumbers", List.of(number))).body("invited", equalTo(1));
        clock.advance(Duration.ofDays(31));
        invite(hr, Map.of("employeeNumbers", List.of(number))).body("invited", equalTo(1));
        List<Map<String, Object>> items = hr.as().queryParam("limit", 100).get("/api/v1/admin/invitations").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(items).filteredOn(i -> email.equals(i.get("email"))).extracting(i -> i.get("status"))
                .containsExactly("SENT", "EXPIRED");
        Rosters.entry(hr, number).then().body("state", equalTo("INVITED"));
    }

    @Test
    void aLinkUsedTwiceAtOnceRegistersOnce() throws Exception {
        Api.Session hr = Api.admin();
        String number = Rosters.number();
        String email = Api.uniqueEmail("race");
        entry(hr, number, "競争 六郎", null, email, true);
        invite(hr, Map.of("employeeNumbers", List.of(number)));
        String token = Mails.token(Mails.awaitSubject(smtp, email, "【アルムナイコミュニティ】ご招待のお知らせ"));
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(() -> {
                Map<String, Object> registration = RosterMatchTest.registration("", "競争 六郎", null, "2021-03");
                registration.put("invitationToken", token);
                return Api.register(registration).then().extract().statusCode();
            });
        }
        assertThat(Concurrently.run(3, calls)).containsExactlyInAnyOrder(201, 400, 400);
    }

    @Test
    void invitationsAreHrsAlone() {
        given().contentType(ContentType.JSON).body(Map.of("employeeNumbers", List.of("A1"))).post("/api/v1/admin/invitations").then()
                .statusCode(401);
        Api.activeMember().as().get("/api/v1/admin/invitations").then().statusCode(403);
        Api.client("roster:write", "members:write").as().get("/api/v1/admin/invitations").then().statusCode(403);
        given().get("/api/v1/invitations/not-a-token").then().statusCode(404);
    }

    private static Map<String, Object> invitationOf(Api.Session hr, String email) {
        List<Map<String, Object>> items = hr.as().queryParam("limit", 100).get("/api/v1/admin/invitations").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(i -> email.equals(i.get("email"))).findFirst().orElseThrow();
    }

    private static ValidatableResponse invite(Api.Session hr, Map<String, Object> body) {
        return hr.as().contentType(ContentType.JSON).body(body).post("/api/v1/admin/invitations").then().statusCode(200);
    }

    static void entry(Api.Session hr, String number, String name, String kana, String email, boolean optIn) {
        entry(hr, number, name, kana, email, optIn, null);
    }

    static void entry(Api.Session hr, String number, String name, String kana, String email, boolean optIn, String department) {
        Map<String, Object> body = new HashMap<>(Map.of("fullName", name, "leftOn", "2021-03", "contactOptIn", optIn));
        if (kana != null) {
            body.put("fullNameKana", kana);
        }
        if (email != null) {
            body.put("email", email);
        }
        if (department != null) {
            body.put("lastDepartment", department);
        }
        hr.as().contentType(ContentType.JSON).body(body).put("/api/v1/admin/roster/" + number).then().statusCode(201);
    }
}
