package app.alumni.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
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
        Api.Session outsider = Api.activeMember();
        Api.Session hr = Api.admin();
        String group = groupWith("CLOSED", member);
        String word = "内緒" + UUID.randomUUID().toString().substring(0, 8);
        String id = post(member, group, "メンバーだけの話です " + word).then().statusCode(201).body("group.id", equalTo(group))
                .body("group.closed", equalTo(true)).extract().path("id");

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
        member.as().get(groupPosts).then().statusCode(200).body("items.id", equalTo(List.of(id)));
        hr.as().get(groupPosts).then().statusCode(200).body("items.id", equalTo(List.of(id)));
        outsider.as().get(groupPosts).then().statusCode(403);
        outsider.as().get(GroupTest.GROUPS + "/" + UUID.randomUUID() + "/posts").then().statusCode(404);

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
