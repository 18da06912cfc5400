package app.alumni.group;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import app.alumni.support.Notifications;
import app.alumni.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Groups: official and proposed ones, search, joining open and closed groups, roles, and who sees what. */
@QuarkusTest
class GroupTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    static final String GROUPS = "/api/v1/groups";

    /** A name no other test uses, with the words a search should find. */
    static String unique(String words) {
        return words + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static Response create(Api.Session who, String name, String kind, String visibility) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "kind", kind, "visibility", visibility));
        body.put("description", name + "の集まりです。");
        return who.as().contentType(ContentType.JSON).body(body).post(GROUPS);
    }

    static String group(Api.Session who, String visibility) {
        return create(who, unique("テストグループ"), "INTEREST", visibility).then().statusCode(201).extract().path("id");
    }

    static Response join(Api.Session who, String group) {
        return who.as().post(GROUPS + "/" + group + "/members");
    }

    @Test
    void hrCreatesOfficialGroupsAndMembersProposeThemForHrToReview() {
        Api.Session hr = Api.admin();
        String name = unique("福岡アルムナイ会");
        Response official = create(hr, name, "REGION", "OPEN");
        official.then().statusCode(201).header("Location", startsWith("http")).header("ETag", notNullValue())
                .body("status", equalTo("ACTIVE")).body("official", equalTo(true)).body("memberCount", equalTo(1))
                .body("myMembership.role", equalTo("ADMIN")).body("myMembership.status", equalTo("ACTIVE"));
        // The same name in another case or kana is taken.
        create(Api.activeMember(), name.replace("アルムナイ", "あるむない").toUpperCase(), "INTEREST", "CLOSED").then().statusCode(409)
                .body("type", equalTo("urn:alumni:problem:invalid-state"));

        Api.Session proposer = Api.activeMember();
        Api.Session other = Api.activeMember();
        String proposal = create(proposer, unique("ボードゲーム部"), "INTEREST", "OPEN").then().statusCode(201)
                .body("status", equalTo("PROPOSED")).body("official", equalTo(false)).extract().path("id");
        other.as().get(GROUPS + "/" + proposal).then().statusCode(404);
        join(other, proposal).then().statusCode(404);
        proposer.as().get(GROUPS + "/" + proposal).then().statusCode(200);
        proposer.as().queryParam("mine", true).get(GROUPS).then().statusCode(200).body("items.id", hasItem(proposal));
        other.as().queryParam("status", "PROPOSED").get(GROUPS).then().statusCode(403);
        hr.as().queryParam("status", "PROPOSED").queryParam("limit", 100).get(GROUPS).then().statusCode(200)
                .body("items.id", hasItem(proposal));
        other.as().queryParam("limit", 100).get(GROUPS).then().statusCode(200).body("items.id", not(hasItem(proposal)));
        proposer.as().post(GROUPS + "/" + proposal + "/approve").then().statusCode(403);

        hr.as().contentType(ContentType.JSON).body(Map.of()).post(GROUPS + "/" + proposal + "/reject").then().statusCode(400)
                .body("errors[0].field", equalTo("message"));
        hr.as().contentType(ContentType.JSON).body(Map.of("message", "既存のグループと重なります")).post(GROUPS + "/" + proposal + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        proposer.as().get(GROUPS + "/" + proposal).then().body("statusMessage", equalTo("既存のグループと重なります"));
        hr.as().post(GROUPS + "/" + proposal + "/approve").then().statusCode(409);
        hr.as().post(GROUPS + "/" + UUID.randomUUID() + "/approve").then().statusCode(404);

        String approved = create(proposer, unique("写真部"), "INTEREST", "CLOSED").then().statusCode(201).extract().path("id");
        hr.as().post(GROUPS + "/" + approved + "/approve").then().statusCode(200).body("status", equalTo("ACTIVE"));
        hr.as().post(GROUPS + "/" + approved + "/approve").then().statusCode(200);
        other.as().get(GROUPS + "/" + approved).then().statusCode(200).body("$", not(hasKey("statusMessage")))
                .body("$", not(hasKey("myMembership")));

        // What is refused.
        proposer.as().contentType(ContentType.JSON).body(Map.of("name", " ", "kind", "CLUB", "visibility", "OPEN")).post(GROUPS).then()
                .statusCode(400);
        proposer.as().contentType(ContentType.JSON).body(Map.of("name", "x".repeat(81), "kind", "INTEREST", "visibility", "OPEN"))
                .post(GROUPS).then().statusCode(400).body("errors.field", hasItem("name"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "kind", "INTEREST", "visibility", "OPEN")).post(GROUPS).then()
                .statusCode(401);
        create(Api.pendingMember(), unique("未承認"), "INTEREST", "OPEN").then().statusCode(403);
        Api.Session busy = Api.activeMember();
        for (int i = 0; i < GroupService.OPEN_PROPOSALS; i++) {
            create(busy, unique("提案"), "INTEREST", "OPEN").then().statusCode(201);
        }
        create(busy, unique("提案"), "INTEREST", "OPEN").then().statusCode(409);
    }

    @Test
    void groupsAreFoundByJapaneseWordsAndKindAPageAtATime() {
        Api.Session hr = Api.admin();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String first = create(hr, "モクモク会 " + marker, "INTEREST", "OPEN").then().statusCode(201).extract().path("id");
        String second = create(hr, "関西もくもく部 " + marker, "REGION", "CLOSED").then().statusCode(201).extract().path("id");
        Api.Session member = Api.activeMember();
        member.as().queryParam("q", "もくもく " + marker).get(GROUPS).then().statusCode(200).body("items.id", equalTo(List.of(second, first)));
        member.as().queryParam("q", "もくもく " + marker).queryParam("kind", "REGION").get(GROUPS).then()
                .body("items.id", equalTo(List.of(second)));
        String cursor = member.as().queryParam("q", marker).queryParam("limit", 1).get(GROUPS).then()
                .body("items.id", equalTo(List.of(second))).extract().path("nextCursor");
        member.as().queryParam("q", marker).queryParam("limit", 1).queryParam("cursor", cursor).get(GROUPS).then()
                .body("items.id", equalTo(List.of(first)));
        member.as().queryParam("kind", "CLUB").get(GROUPS).then().statusCode(400);
        member.as().queryParam("limit", 0).get(GROUPS).then().statusCode(400);
        given().get(GROUPS).then().statusCode(401);
    }

    @Test
    void openGroupsTakeAnyoneAndClosedOnesTakeRequestsTheirAdminsAnswer() {
        Api.Session admin = Api.activeMember();
        Api.Session hr = Api.admin();
        String open = group(hr, "OPEN");
        Api.Session joiner = Api.activeMember();
        join(joiner, open).then().statusCode(201).header("Location", startsWith("http")).body("status", equalTo("ACTIVE"))
                .body("role", equalTo("MEMBER"));
        join(joiner, open).then().statusCode(200).body("status", equalTo("ACTIVE"));
        Api.activeMember().as().get(GROUPS + "/" + open + "/members").then().statusCode(200).body("items.memberId", hasItem(joiner.id()));
        joiner.as().get(GROUPS + "/" + open).then().body("memberCount", equalTo(2)).body("myMembership.status", equalTo("ACTIVE"));

        String closed = create(admin, unique("非公開の会"), "COHORT", "CLOSED").then().statusCode(201).extract().path("id");
        hr.as().post(GROUPS + "/" + closed + "/approve").then().statusCode(200);
        Api.Session asker = Api.activeMember();
        Api.Session declined = Api.activeMember();
        join(asker, closed).then().statusCode(201).body("status", equalTo("PENDING"));
        join(declined, closed).then().statusCode(201);
        Notifications.await(admin, "GROUP_JOIN_REQUESTED", closed);
        asker.as().get(GROUPS + "/" + closed + "/members/" + asker.id()).then().statusCode(200).body("status", equalTo("PENDING"));

        // A closed group's members are for its members and HR; its requests for its admins and HR.
        asker.as().get(GROUPS + "/" + closed + "/members").then().statusCode(403);
        Api.activeMember().as().get(GROUPS + "/" + closed + "/members/" + admin.id()).then().statusCode(403);
        asker.as().queryParam("status", "PENDING").get(GROUPS + "/" + closed + "/members").then().statusCode(403);
        hr.as().get(GROUPS + "/" + closed + "/members").then().statusCode(200).body("items.memberId", equalTo(List.of(admin.id())));
        admin.as().queryParam("status", "PENDING").get(GROUPS + "/" + closed + "/members").then().statusCode(200)
                .body("items.memberId", equalTo(List.of(asker.id(), declined.id())));

        asker.as().post(GROUPS + "/" + closed + "/members/" + declined.id() + "/accept").then().statusCode(403);
        admin.as().post(GROUPS + "/" + closed + "/members/" + asker.id() + "/accept").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("memberId", equalTo(asker.id()));
        admin.as().post(GROUPS + "/" + closed + "/members/" + asker.id() + "/accept").then().statusCode(200);
        Notifications.await(asker, "GROUP_JOIN_ACCEPTED", closed);
        admin.as().post(GROUPS + "/" + closed + "/members/" + declined.id() + "/decline").then().statusCode(204);
        admin.as().post(GROUPS + "/" + closed + "/members/" + declined.id() + "/decline").then().statusCode(404);
        admin.as().post(GROUPS + "/" + closed + "/members/" + UUID.randomUUID() + "/accept").then().statusCode(404);
        asker.as().get(GROUPS + "/" + closed + "/members").then().statusCode(200).body("items.memberId",
                equalTo(List.of(admin.id(), asker.id())));
        asker.as().get(GROUPS + "/" + closed).then().body("memberCount", equalTo(2));
        join(declined, UUID.randomUUID().toString()).then().statusCode(404);
    }

    @Test
    void adminsEditTheGroupAndItsRolesAndTheLastAdminStays() {
        Api.Session admin = Api.activeMember();
        String id = create(admin, unique("編集される会"), "DEPARTMENT", "CLOSED").then().statusCode(201).extract().path("id");
        Api.admin().as().post(GROUPS + "/" + id + "/approve").then().statusCode(200);
        Api.Session member = Api.activeMember();
        Api.Session waiting = Api.activeMember();
        join(member, id).then().statusCode(201);
        admin.as().post(GROUPS + "/" + id + "/members/" + member.id() + "/accept").then().statusCode(200);
        join(waiting, id).then().statusCode(201).body("status", equalTo("PENDING"));

        String etag = admin.as().get(GROUPS + "/" + id).then().statusCode(200).extract().header("ETag");
        member.as().contentType(Api.MERGE_PATCH).body(Map.of("description", "乗っ取り")).patch(GROUPS + "/" + id).then().statusCode(403);
        admin.as().contentType(Api.MERGE_PATCH).header("If-Match", "\"999\"").body(Map.of("description", "古い版"))
                .patch(GROUPS + "/" + id).then().statusCode(412);
        admin.as().contentType(Api.MERGE_PATCH).body(Map.of("kind", "CLUB")).patch(GROUPS + "/" + id).then().statusCode(400);
        // Opening the group lets in who asked.
        admin.as().contentType(Api.MERGE_PATCH).header("If-Match", etag).body(Map.of("visibility", "OPEN", "description", "誰でもどうぞ"))
                .patch(GROUPS + "/" + id).then().statusCode(200).body("visibility", equalTo("OPEN")).body("memberCount", equalTo(3))
                .header("ETag", not(equalTo(etag)));
        waiting.as().get(GROUPS + "/" + id).then().body("myMembership.status", equalTo("ACTIVE"));

        // The last admin stays until someone else is admin.
        admin.as().delete(GROUPS + "/" + id + "/members/" + admin.id()).then().statusCode(409);
        admin.as().contentType(ContentType.JSON).body(Map.of("role", "MEMBER")).patch(GROUPS + "/" + id + "/members/" + admin.id())
                .then().statusCode(409);
        member.as().contentType(ContentType.JSON).body(Map.of("role", "ADMIN")).patch(GROUPS + "/" + id + "/members/" + member.id())
                .then().statusCode(403);
        admin.as().contentType(ContentType.JSON).body(Map.of("role", "OWNER")).patch(GROUPS + "/" + id + "/members/" + member.id())
                .then().statusCode(400);
        admin.as().contentType(ContentType.JSON).body(Map.of("role", "ADMIN")).patch(GROUPS + "/" + id + "/members/" + UUID.randomUUID())
                .then().statusCode(404);
        admin.as().get(GROUPS + "/" + id + "/members/" + UUID.randomUUID()).then().statusCode(404);
        admin.as().contentType(ContentType.JSON).body(Map.of("role", "ADMIN")).patch(GROUPS + "/" + id + "/members/" + member.id())
                .then().statusCode(200).body("role", equalTo("ADMIN"));
        admin.as().delete(GROUPS + "/" + id + "/members/" + admin.id()).then().statusCode(204);
        waiting.as().delete(GROUPS + "/" + id + "/members/" + member.id()).then().statusCode(403);
        member.as().delete(GROUPS + "/" + id + "/members/" + waiting.id()).then().statusCode(204);
        member.as().delete(GROUPS + "/" + id + "/members/" + waiting.id()).then().statusCode(404);
        member.as().get(GROUPS + "/" + id).then().body("memberCount", equalTo(1));
        admin.as().contentType(Api.MERGE_PATCH).body(Map.of("description", "もう管理者ではない")).patch(GROUPS + "/" + id).then()
                .statusCode(403);
    }

    @Test
    void aPageOfGroupsOrOfMembersCostsAFixedNumberOfStatements() {
        Api.Session member = Api.activeMember();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String last = null;
        for (int i = 0; i < 6; i++) {
            last = create(Api.admin(), "数える会 " + marker + " " + i, "INTEREST", "OPEN").then().statusCode(201).extract().path("id");
            join(member, last).then().statusCode(201);
        }
        for (int i = 0; i < 5; i++) {
            join(Api.activeMember(), last).then().statusCode(201);
        }
        long small = Statements.of(entityManagerFactory, () -> member.as().queryParam("q", marker).queryParam("limit", 2).get(GROUPS)
                .then().statusCode(200));
        long large = Statements.of(entityManagerFactory, () -> member.as().queryParam("q", marker).queryParam("limit", 6).get(GROUPS)
                .then().statusCode(200));
        assertThat(large).isEqualTo(small);
        long mine = Statements.of(entityManagerFactory, () -> member.as().queryParam("mine", true).queryParam("limit", 6).get(GROUPS)
                .then().statusCode(200));
        assertThat(mine).isEqualTo(small);
        String path = GROUPS + "/" + last + "/members";
        long fewMembers = Statements.of(entityManagerFactory, () -> member.as().queryParam("limit", 2).get(path).then().statusCode(200));
        long allMembers = Statements.of(entityManagerFactory, () -> member.as().queryParam("limit", 7).get(path).then().statusCode(200));
        assertThat(allMembers).isEqualTo(fewMembers);
    }

    @Test
    void concurrentJoinsCountEachMemberOnce() throws Exception {
        String id = group(Api.admin(), "OPEN");
        List<Api.Session> joiners = List.of(Api.activeMember(), Api.activeMember(), Api.activeMember(), Api.activeMember());
        List<Integer> codes = Concurrently.run(8, 8, i -> join(joiners.get(i % 4), id).statusCode());
        assertThat(codes).containsOnly(200, 201);
        assertThat(codes).filteredOn(c -> c == 201).hasSize(4);
        joiners.get(0).as().get(GROUPS + "/" + id).then().body("memberCount", equalTo(5));
    }

    @Test
    void blockedMembersAreLeftOutOfMemberListsAndErasedMembersLeave() {
        Api.Session hr = Api.admin();
        String id = group(hr, "OPEN");
        Api.Session viewer = Api.activeMember();
        Api.Session blocked = Api.activeMember();
        Api.Session leaving = Api.activeMember();
        for (Api.Session s : List.of(viewer, blocked, leaving)) {
            join(s, id).then().statusCode(201);
        }
        viewer.as().put("/api/v1/members/me/blocks/" + blocked.id()).then().statusCode(204);
        viewer.as().get(GROUPS + "/" + id + "/members").then().body("items.memberId", not(hasItem(blocked.id())));
        blocked.as().get(GROUPS + "/" + id + "/members").then().body("items.memberId", not(hasItem(viewer.id())));
        blocked.as().get(GROUPS + "/" + id + "/members/" + viewer.id()).then().statusCode(404);
        hr.as().get(GROUPS + "/" + id + "/members").then().body("items.memberId", hasItem(blocked.id()));

        leaving.as().contentType(ContentType.JSON).body(Map.of("password", Api.PASSWORD, "content", "KEEP_ANONYMOUS"))
                .post("/api/v1/members/me/deletion").then().statusCode(204);
        hr.as().get(GROUPS + "/" + id).then().body("memberCount", equalTo(3));
        hr.as().get(GROUPS + "/" + id + "/members").then().body("items.memberId", not(hasItem(leaving.id())));
    }
}
