package app.alumni.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CommentAndReactionTest {

    @Test
    void commentsAndRepliesOldestFirst() {
        Api.Session author = Api.activeMember();
        String post = Posts.create(author, Posts.discussion("転職しました"));
        Api.Session friend = Api.activeMember();
        var created = friend.as().contentType(ContentType.JSON).body(Map.of("body", "おめでとう!"))
                .post("/api/v1/posts/" + post + "/comments");
        created.then().statusCode(201).header("Location", notNullValue()).body("author.id", equalTo(friend.id()));
        String first = created.path("id");
        String reply = author.as().contentType(ContentType.JSON).body(Map.of("body", "ありがとう", "parentId", first))
                .post("/api/v1/posts/" + post + "/comments").then().statusCode(201).body("parentId", equalTo(first)).extract().path("id");
        // One level only.
        friend.as().contentType(ContentType.JSON).body(Map.of("body", "さらに返信", "parentId", reply))
                .post("/api/v1/posts/" + post + "/comments").then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        String third = friend.as().contentType(ContentType.JSON).body(Map.of("body", "三つ目"))
                .post("/api/v1/posts/" + post + "/comments").then().statusCode(201).extract().path("id");
        var page = friend.as().queryParam("limit", 2).get("/api/v1/posts/" + post + "/comments").then().statusCode(200).extract();
        assertThat(page.<List<String>>path("items.id")).containsExactly(first, reply);
        friend.as().queryParam("limit", 2).queryParam("cursor", (String) page.path("nextCursor"))
                .get("/api/v1/posts/" + post + "/comments").then().statusCode(200).body("items.id", containsInAnyOrder(third))
                .body("nextCursor", nullValue());
        friend.as().get("/api/v1/posts/" + post).then().body("commentCount", equalTo(3));
        friend.as().contentType(ContentType.JSON).body(Map.of("body", "")).post("/api/v1/posts/" + post + "/comments").then()
                .statusCode(400);
        friend.as().contentType(ContentType.JSON).body(Map.of("body", "x")).post("/api/v1/posts/" + UUID.randomUUID() + "/comments")
                .then().statusCode(404);
    }

    @Test
    void commentsAreEditedAndDeletedByAuthorsAndModerators() {
        Api.Session author = Api.activeMember();
        String post = Posts.create(author, Posts.discussion("コメント編集"));
        String comment = author.as().contentType(ContentType.JSON).body(Map.of("body", "元の文"))
                .post("/api/v1/posts/" + post + "/comments").then().statusCode(201).extract().path("id");
        String path = "/api/v1/comments/" + comment;
        Api.Session other = Api.activeMember();
        other.as().contentType(ContentType.JSON).body(Map.of("body", "改ざん")).patch(path).then().statusCode(403);
        other.as().delete(path).then().statusCode(403);
        author.as().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("body", "直した文")).patch(path).then()
                .statusCode(200).body("body", equalTo("直した文")).body("editedAt", notNullValue()).body("version", equalTo(1));
        author.as().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("body", "古い版から")).patch(path).then()
                .statusCode(412);
        author.as().contentType(ContentType.JSON).body(Map.of("body", "")).patch(path).then().statusCode(400);
        PostTest.moderator().as().delete(path).then().statusCode(204);
        author.as().contentType(ContentType.JSON).body(Map.of("body", "x")).patch(path).then().statusCode(404);
        author.as().get("/api/v1/posts/" + post).then().body("commentCount", equalTo(0));
        given().delete(path).then().statusCode(401);
    }

    @Test
    void reactionsAreIdempotent() {
        Api.Session author = Api.activeMember();
        String post = Posts.create(author, Posts.discussion("リアクション"));
        Api.Session fan = Api.activeMember();
        String path = "/api/v1/posts/" + post + "/reactions/";
        fan.as().put(path + "LIKE").then().statusCode(200).body("reactionCounts.LIKE", equalTo(1)).body("myReactions",
                containsInAnyOrder("LIKE"));
        fan.as().put(path + "LIKE").then().statusCode(200).body("reactionCounts.LIKE", equalTo(1));
        fan.as().put(path + "CELEBRATE").then().statusCode(200).body("myReactions", containsInAnyOrder("LIKE", "CELEBRATE"));
        author.as().get("/api/v1/posts/" + post).then().body("reactionCounts.LIKE", equalTo(1))
                .body("reactionCounts.CELEBRATE", equalTo(1)).body("myReactions", empty());
        fan.as().delete(path + "LIKE").then().statusCode(200).body("reactionCounts.LIKE", equalTo(0));
        fan.as().delete(path + "LIKE").then().statusCode(200).body("reactionCounts.LIKE", equalTo(0));
        fan.as().put(path + "WOW").then().statusCode(400).body("errors[0].field", equalTo("type"));
        fan.as().put("/api/v1/posts/" + UUID.randomUUID() + "/reactions/LIKE").then().statusCode(404);
    }

    @Test
    void countsStayExactUnderConcurrentReactions() throws Exception {
        Api.Session author = Api.activeMember();
        String post = Posts.create(author, Posts.discussion("同時リアクション"));
        List<Api.Session> fans = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            fans.add(Api.activeMember());
        }
        // Each fan reacts twice at once: the second must change nothing.
        List<Integer> codes = Concurrently.run(12, 12, i -> fans.get(i / 2).as().put("/api/v1/posts/" + post + "/reactions/SUPPORT")
                .statusCode());
        assertThat(codes).containsOnly(200);
        author.as().get("/api/v1/posts/" + post).then().body("reactionCounts.SUPPORT", equalTo(6));
    }
}
