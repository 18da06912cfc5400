package app.alumni.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import app.alumni.support.Mails;
import app.alumni.support.Smtp;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Members bring in former colleagues; whoever joins through their link is recorded as referred by them. */
@QuarkusTest
@WithTestResource(value = Smtp.class, scope = TestResourceScope.GLOBAL)
class ReferralInvitationTest {

    private static final String SUBJECT = "【アルムナイコミュニティ】元同僚の方からのご招待";

    @Smtp.Server
    GreenMail smtp;

    @Test
    void aColleagueJoinsThroughAMembersInvitationAndIsVerifiedAsUsual() {
        Api.Session inviter = Api.activeMember();
        String email = Api.uniqueEmail("colleague");
        String id = refer(inviter, email, "佐藤 一郎").then().statusCode(201).header("Location", notNullValue())
                .body("kind", equalTo("MEMBER")).body("status", equalTo("SENT")).extract().path("id");
        MimeMessage mail = Mails.awaitSubject(smtp, email, SUBJECT);
        assertThat(Mails.text(mail)).contains("佐藤 一郎 様").contains("花子 さんが").contains("一緒に働いた");
        String token = Mails.token(mail);
        given().get("/api/v1/invitations/" + token).then().statusCode(200).body("kind", equalTo("MEMBER"))
                .body("invitedBy", equalTo("花子")).body("fullName", equalTo("佐藤 一郎"));

        Map<String, Object> registration = RosterMatchTest.registration(Rosters.number(), "佐藤 一郎", null, "2020-03");
        registration.put("email", email);
        registration.put("invitationToken", token);
        String member = Api.register(registration).then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
        Api.Session hr = Api.admin();
        hr.as().get("/api/v1/admin/registrations/" + member).then().body("referredBy", equalTo(inviter.id()))
                .body("emailVerified", equalTo(true));

        JsonPath mine = inviter.as().get("/api/v1/members/me/invitations").then().statusCode(200).extract().jsonPath();
        assertThat(mine.getList("items.id")).containsExactly(id);
        assertThat(mine.getString("items[0].status")).isEqualTo("ACCEPTED");
        assertThat(mine.getString("items[0].acceptedBy")).isEqualTo(member);
        List<Map<String, Object>> all = hr.as().queryParam("kind", "MEMBER").queryParam("limit", 100).get("/api/v1/admin/invitations")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(all).filteredOn(i -> id.equals(i.get("id"))).singleElement()
                .satisfies(i -> assertThat(((Map<?, ?>) i.get("invitedBy")).get("id")).isEqualTo(inviter.id()));
    }

    @Test
    void invitingAnAddressTwiceIsAConflictAndAMembersAddressGetsNoMail() throws Exception {
        Api.Session inviter = Api.activeMember();
        String email = Api.uniqueEmail("twice");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> refer(inviter, email, "二重 送信").then().extract().statusCode());
        }
        assertThat(Concurrently.run(4, calls)).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        assertThat(Mails.settled(smtp, email)).hasSize(1);

        Api.Session existing = Api.activeMember();
        refer(inviter, existing.email(), "既存 会員").then().statusCode(201).body("status", equalTo("SENT"));
        assertThat(Mails.settled(smtp, existing.email())).extracting(Mails::subject).doesNotContain(SUBJECT);
    }

    @Test
    void aMemberSendsAtMostTwentyADay() throws Exception {
        Api.Session inviter = Api.activeMember();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            calls.add(() -> refer(inviter, Api.uniqueEmail("budget"), "予算 太郎").then().extract().statusCode());
        }
        List<Integer> statuses = Concurrently.run(8, calls);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(20);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(4);
        refer(inviter, Api.uniqueEmail("budget"), "予算 太郎").then().statusCode(429).header("Retry-After", notNullValue())
                .body("type", equalTo("urn:alumni:problem:too-many-requests"));
    }

    @Test
    void membersRevokeTheirOwnInvitationsOnly() {
        Api.Session inviter = Api.activeMember();
        String id = refer(inviter, Api.uniqueEmail("revoke"), "取消 花子").then().statusCode(201).extract().path("id");
        Api.activeMember().as().delete("/api/v1/members/me/invitations/" + id).then().statusCode(404);
        inviter.as().delete("/api/v1/members/me/invitations/" + id).then().statusCode(204);
        assertThat(inviter.as().get("/api/v1/members/me/invitations").then().extract().jsonPath().getString("items[0].status"))
                .isEqualTo("REVOKED");
    }

    @Test
    void invitationsAreValidatedAndForActiveMembers() {
        Api.Session member = Api.activeMember();
        member.as().contentType(ContentType.JSON).body(Map.of("email", "not-an-address", "name", " "))
                .post("/api/v1/members/me/invitations").then().statusCode(400).body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("name"));
        given().contentType(ContentType.JSON).body(Map.of("email", "a@example.jp", "name", "x")).post("/api/v1/members/me/invitations")
                .then().statusCode(401);
        Api.pendingMember().as().contentType(ContentType.JSON).body(Map.of("email", "a@example.jp", "name", "x"))
                .post("/api/v1/members/me/invitations").then().statusCode(403);
        Api.client("members:write").as().get("/api/v1/members/me/invitations").then().statusCode(403)
                .body("type", equalTo("urn:alumni:problem:members-only"));
    }

    private static Response refer(Api.Session inviter, String email, String name) {
        return inviter.as().contentType(ContentType.JSON)
                .body(Map.of("email", email, "name", name, "message", "開発本部で一緒に働いた山田です。")).post("/api/v1/members/me/invitations");
    }
}
