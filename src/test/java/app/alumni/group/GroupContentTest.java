package app.alumni.group;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Notifications;
import app.alumni.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** What a group holds: an open group's content is everyone's, a closed group's its members' and HR's, on every path. */
@QuarkusTest
class GroupContentTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    /** A group HR creates, with {@code members} in it. */
    static String groupWith(String visibility, Api.Session... members) {
        Api.Session hr = Api.admin();
        String id = GroupTest.group(hr, visibility);
        for (Api.Session m : members) {
            GroupTest.join(m, id).then().statusCode(201);
            if ("CLOSED".equals(visibility)) {
                hr.as().post(GroupTest.GROUPS + "/" + id + "/members/" + m.id() + "/accept").then().statusCode(200);
            }
        }
        return id;
    }

    static Response post(Api.Session author, String group, String body) {
        Map<String, Object> request = new HashMap<>(Map.of("type", "DISCUSSION", "body", body));
        request.put("groupId", group);
        return author.as().contentType(ContentType.JSON).body(request).post("/api/v1/posts");
    }

    private static List<String> feed(Api.Session who, String word) {
        return who.as().queryParam("q", word).get("/api/v1/posts").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void aClosedGroupsPostsAreForItsMembersAndHrOnAllPaths() {
        Api.Session member = Api.activeMember();
        Api.Session peer = Api.activeMember();
        Api.Session outsider = Api.activeMember();
        Api.Session hr = Api.admin();
        String group = groupWith("CLOSED", member, peer);
        String word = "内緒" + UUID.randomUUID().toString().substring(0, 8);
        String id = post(member, group, "メンバーだけの話です " + word).then().statusCode(201).body("group.id", equalTo(group))
                .body("group.closed", equalTo(true)).extract().path("id");
        String second = post(member, group, "もう一つ").then().statusCode(201).extract().path("id");
        // The group's members hear of new posts, collapsed per group; nobody else does.
        Notifications.await(peer, "GROUP_POSTED", group);
        Instant deadline = Instant.now().plusSeconds(15);
        while (!Integer.valueOf(2).equals(Notifications.about(peer, group).get(0).get("count"))) {
            assertThat(Instant.now()).isBefore(deadline);
        }
        assertThat(Notifications.about(outsider, group)).isEmpty();

        assertThat(feed(member, word)).containsExactly(id);
        assertThat(feed(hr, word)).containsExactly(id);
        assertThat(feed(outsider, word)).isEmpty();
        outsider.as().get("/api/v1/posts").then().body("items.id", not(hasItem(id)));
        outsider.as().get("/api/v1/posts/" + id).then().statusCode(404);
        outsider.as().get("/api/v1/posts/" + id + "/comments").then().statusCode(404);
        outsider.as().contentType(ContentType.JSON).body(Map.of("body", "のぞき見")).post("/api/v1/posts/" + id + "/comments").then()
                .statusCode(404);
        outsider.as().put("/api/v1/posts/" + id + "/reactions/LIKE").then().statusCode(404);
        outsider.as().contentType(ContentType.JSON).body(Map.of("reason", "x")).post("/api/v1/posts/" + id + "/reports").then()
                .statusCode(404);
        member.as().contentType(ContentType.JSON).body(Map.of("body", "いいですね")).post("/api/v1/posts/" + id + "/comments").then()
                .statusCode(201);

        String groupPosts = GroupTest.GROUPS + "/" + group + "/posts";
        member.as().get(groupPosts).then().statusCode(200).body("items.id", equalTo(List.of(second, id)));
        hr.as().get(groupPosts).then().statusCode(200).body("items.id", equalTo(List.of(second, id)));
        outsider.as().get(groupPosts).then().statusCode(403);
        outsider.as().get(GroupTest.GROUPS + "/" + UUID.randomUUID() + "/posts").then().statusCode(404);
        given().get(groupPosts).then().statusCode(401);

        // Outsiders cannot post in it; nobody posts an announcement or into a group that is not there.
        post(outsider, group, "入れて").then().statusCode(403);
        Map<String, Object> announcement = new HashMap<>(Map.of("type", "ANNOUNCEMENT", "title", "告知", "body", "本文"));
        announcement.put("groupId", group);
        hr.as().contentType(ContentType.JSON).body(announcement).post("/api/v1/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("groupId"));
        post(member, UUID.randomUUID().toString(), "どこにもない").then().statusCode(400).body("errors[0].field", equalTo("groupId"));

        // Leaving the group is losing its content.
        member.as().delete(GroupTest.GROUPS + "/" + group + "/members/" + member.id()).then().statusCode(204);
        member.as().get("/api/v1/posts/" + id).then().statusCode(404);
        assertThat(feed(member, word)).isEmpty();
    }

    static Response event(Api.Session organiser, String group, String title) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(10).withNano(0);
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "startsAt", start.toString(), "endsAt",
                start.plusHours(2).toString(), "format", "ONLINE", "onlineUrl", "https://meet.example.com/group"));
        body.put("groupId", group);
        return organiser.as().contentType(ContentType.JSON).body(body).post("/api/v1/events");
    }

    @Test
    void aClosedGroupsEventsAreForItsMembersAndHrOnAllPaths() {
        Api.Session member = Api.activeMember();
        Api.Session outsider = Api.activeMember();
        Api.Session hr = Api.admin();
        String group = groupWith("CLOSED", member);
        String word = "集い" + UUID.randomUUID().toString().substring(0, 8);
        String id = event(hr, group, "メンバー限定の " + word).then().statusCode(201).body("group.id", equalTo(group))
                .extract().path("id");
        // Only the group hears of it.
        Notifications.await(member, "EVENT_PUBLISHED", id);
        assertThat(Notifications.about(outsider, id)).isEmpty();

        String events = "/api/v1/events";
        outsider.as().queryParam("q", word).get(events).then().statusCode(200).body("items", equalTo(List.of()));
        outsider.as().get(events + "/" + id).then().statusCode(404);
        outsider.as().get(events + "/" + id + "/attendees").then().statusCode(404);
        outsider.as().get(events + "/" + id + "/calendar.ics").then().statusCode(404);
        outsider.as().contentType(ContentType.JSON).body(Map.of("status", "GOING")).put(events + "/" + id + "/rsvp").then().statusCode(404);
        outsider.as().get(GroupTest.GROUPS + "/" + group + "/events").then().statusCode(403);
        outsider.as().get(GroupTest.GROUPS + "/" + UUID.randomUUID() + "/events").then().statusCode(404);
        given().get(GroupTest.GROUPS + "/" + group + "/events").then().statusCode(401);
        event(outsider, group, "入れてください").then().statusCode(403);

        member.as().queryParam("q", word).get(events).then().statusCode(200).body("items.id", equalTo(List.of(id)));
        hr.as().queryParam("q", word).get(events).then().statusCode(200).body("items.id", equalTo(List.of(id)));
        member.as().get(GroupTest.GROUPS + "/" + group + "/events").then().statusCode(200).body("items.id", equalTo(List.of(id)));
        member.as().contentType(ContentType.JSON).body(Map.of("status", "GOING")).put(events + "/" + id + "/rsvp").then().statusCode(200);
        member.as().get("/api/v1/members/me/events").then().statusCode(200).body("items.id", hasItem(id));
        hr.as().contentType(Api.MERGE_PATCH).body(Map.of("groupId", UUID.randomUUID().toString())).patch(events + "/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("groupId"));

        // A member's proposal in the group waits for HR like any other.
        event(member, group, "提案です").then().statusCode(201).body("status", equalTo("PROPOSED"));

        // Leaving the group is losing its events: the seat goes back, and the event is no longer theirs to see.
        hr.as().get(events + "/" + id).then().body("goingCount", equalTo(1));
        member.as().delete(GroupTest.GROUPS + "/" + group + "/members/" + member.id()).then().statusCode(204);
        hr.as().get(events + "/" + id).then().body("goingCount", equalTo(0));
        member.as().get(events + "/" + id).then().statusCode(404);
        member.as().get("/api/v1/members/me/events").then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void aGroupsAdminsModerateWhatIsPostedInIt() {
        Api.Session admin = Api.activeMember();
        Api.Session author = Api.activeMember();
        Api.Session reporter = Api.activeMember();
        String group = groupWith("OPEN", admin, author, reporter);
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("role", "ADMIN"))
                .patch(GroupTest.GROUPS + "/" + group + "/members/" + admin.id()).then().statusCode(200);
        String id = post(author, group, "グループで宣伝します").then().statusCode(201).extract().path("id");
        String report = reporter.as().contentType(ContentType.JSON).body(Map.of("reason", "宣伝です")).post("/api/v1/posts/" + id
                + "/reports").then().statusCode(201).extract().path("id");
        String elsewhere = reportedOutsideGroups(reporter);

        String reports = "/api/v1/moderation/reports";
        admin.as().queryParam("groupId", group).get(reports).then().statusCode(200).body("items.id", equalTo(List.of(report)));
        admin.as().get(reports).then().statusCode(403);
        admin.as().queryParam("groupId", GroupTest.group(Api.admin(), "OPEN")).get(reports).then().statusCode(403);
        admin.as().get(reports + "/" + elsewhere).then().statusCode(403);
        author.as().queryParam("groupId", group).get(reports).then().statusCode(403);
        author.as().contentType(ContentType.JSON).body(Map.of("action", "DISMISS")).post(reports + "/" + report + "/resolve").then()
                .statusCode(403);

        admin.as().get(reports + "/" + report).then().statusCode(200).body("postId", equalTo(id));
        admin.as().contentType(ContentType.JSON).body(Map.of("action", "HIDE", "note", "宣伝はご遠慮ください"))
                .post(reports + "/" + report + "/resolve").then().statusCode(200).body("hidden", equalTo(true));
        reporter.as().get("/api/v1/posts/" + id).then().statusCode(404);
        reporter.as().post("/api/v1/moderation/posts/" + id + "/restore").then().statusCode(403);
        admin.as().post("/api/v1/moderation/posts/" + id + "/restore").then().statusCode(204);
        reporter.as().get("/api/v1/posts/" + id).then().statusCode(200);
    }

    /** A report of a post in no group. */
    private static String reportedOutsideGroups(Api.Session reporter) {
        String post = Api.activeMember().as().contentType(ContentType.JSON).body(Map.of("type", "DISCUSSION", "body", "グループ外"))
                .post("/api/v1/posts").then().statusCode(201).extract().path("id");
        return reporter.as().contentType(ContentType.JSON).body(Map.of("reason", "不適切")).post("/api/v1/posts/" + post + "/reports")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void anOpenGroupsPostsAreEveryonesAndShowTheirGroup() {
        Api.Session member = Api.activeMember();
        String group = groupWith("OPEN", member);
        String word = "公開" + UUID.randomUUID().toString().substring(0, 8);
        String id = post(member, group, "どなたでも " + word).then().statusCode(201).extract().path("id");
        Api.Session anyone = Api.activeMember();
        assertThat(feed(anyone, word)).containsExactly(id);
        anyone.as().get("/api/v1/posts/" + id).then().statusCode(200).body("group.closed", equalTo(false));
        anyone.as().get(GroupTest.GROUPS + "/" + group + "/posts").then().statusCode(200).body("items.id", equalTo(List.of(id)));
        post(anyone, group, "メンバーではない").then().statusCode(403);
    }

    @Test
    void aGroupsPageOfPostsCostsAFixedNumberOfStatements() {
        Api.Session member = Api.activeMember();
        String group = groupWith("CLOSED", member);
        for (int i = 0; i < 8; i++) {
            post(member, group, "投稿 " + i).then().statusCode(201);
        }
        String path = GroupTest.GROUPS + "/" + group + "/posts";
        long small = Statements.of(entityManagerFactory, () -> member.as().queryParam("limit", 2).get(path).then().statusCode(200));
        long large = Statements.of(entityManagerFactory, () -> member.as().queryParam("limit", 8).get(path).then().statusCode(200));
        assertThat(large).isEqualTo(small);
        long feedSmall = Statements.of(entityManagerFactory, () -> member.as().queryParam("limit", 2).get("/api/v1/posts").then()
                .statusCode(200));
        long feedLarge = Statements.of(entityManagerFactory, () -> member.as().queryParam("limit", 20).get("/api/v1/posts").then()
                .statusCode(200));
        assertThat(feedLarge).isEqualTo(feedSmall);
    }
}
