package app.alumni.moderation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ModerationTest {

    static Api.Session moderator() {
        Api.Session m = Api.activeMember();
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("roles", List.of("ALUMNUS", "MODERATOR")))
                .patch("/api/v1/admin/members/" + m.id()).then().statusCode(200);
        return m;
    }

    static String post(Api.Session author, String body) {
        return author.as().contentType(ContentType.JSON).body(Map.of("type", "DISCUSSION", "body", body)).post("/api/v1/posts")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void oneOpenReportPerMemberPerItem() throws Exception {
        Api.Session author = Api.activeMember();
        String post = post(author, "問題のある投稿");
        Api.Session reporter = Api.activeMember();
        List<Integer> codes = Concurrently.run(4, 4, i -> reporter.as().contentType(ContentType.JSON).body(Map.of("reason", "個人情報"))
                .post("/api/v1/posts/" + post + "/reports").statusCode());
        assertThat(codes).containsOnly(201, 409);
        assertThat(codes).filteredOn(c -> c == 201).hasSize(1);
        // Another member may report the same post.
        Api.activeMember().as().contentType(ContentType.JSON).body(Map.of("reason", "不適切"))
                .post("/api/v1/posts/" + post + "/reports").then().statusCode(201).body("status", equalTo("OPEN"));
        reporter.as().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/posts/" + post + "/reports").then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        reporter.as().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/posts/" + UUID.randomUUID() + "/reports").then().statusCode(404);
    }

    @Test
    void hidingAPostHidesItFromEveryoneButItsAuthorAndModerators() {
        Api.Session author = Api.activeMember();
        String post = post(author, "隠される投稿");
        Api.Session reporter = Api.activeMember();
        String report = reporter.as().contentType(ContentType.JSON).body(Map.of("reason", "誹謗中傷"))
                .post("/api/v1/posts/" + post + "/reports").then().statusCode(201).extract().path("id");
        Api.activeMember().as().contentType(ContentType.JSON).body(Map.of("reason", "同じく"))
                .post("/api/v1/posts/" + post + "/reports").then().statusCode(201);

        reporter.as().get("/api/v1/moderation/reports").then().statusCode(403);
        Api.Session moderator = moderator();
        moderator.as().queryParam("limit", 100).get("/api/v1/moderation/reports").then().statusCode(200)
                .body("items.id", hasItem(report));
        moderator.as().contentType(ContentType.JSON).body(Map.of("action", "HIDE", "note", "規約違反のため非表示にしました"))
                .post("/api/v1/moderation/reports/" + report + "/resolve").then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("action", equalTo("HIDE")).body("hidden", equalTo(true));
        // Every open report of the post was settled with it.
        moderator.as().queryParam("limit", 100).get("/api/v1/moderation/reports").then()
                .body("items.targetId", not(hasItem(post)));
        moderator.as().contentType(ContentType.JSON).body(Map.of("action", "DISMISS"))
                .post("/api/v1/moderation/reports/" + report + "/resolve").then().statusCode(409);

        Api.Session stranger = Api.activeMember();
        stranger.as().get("/api/v1/posts/" + post).then().statusCode(404);
        stranger.as().queryParam("authorId", author.id()).get("/api/v1/posts").then().body("items.id", not(hasItem(post)));
        author.as().get("/api/v1/posts/" + post).then().statusCode(200)
                .body("moderation.reason", equalTo("規約違反のため非表示にしました"));
        moderator.as().get("/api/v1/posts/" + post).then().statusCode(200);
        stranger.as().put("/api/v1/posts/" + post + "/reactions/LIKE").then().statusCode(404);
        author.as().contentType(ContentType.JSON).body(Map.of("body", "x")).post("/api/v1/posts/" + post + "/comments").then()
                .statusCode(404);

        stranger.as().post("/api/v1/moderation/posts/" + post + "/restore").then().statusCode(403);
        moderator.as().post("/api/v1/moderation/posts/" + post + "/restore").then().statusCode(204);
        stranger.as().get("/api/v1/posts/" + post).then().statusCode(200).body("$", not(hasKey("moderation")));
        moderator.as().post("/api/v1/moderation/posts/" + post + "/restore").then().statusCode(404);
    }

    @Test
    void hidingACommentAndDismissingAReport() {
        Api.Session author = Api.activeMember();
        String post = post(author, "コメントの通報");
        Api.Session commenter = Api.activeMember();
        String comment = commenter.as().contentType(ContentType.JSON).body(Map.of("body", "よくないコメント"))
                .post("/api/v1/posts/" + post + "/comments").then().statusCode(201).extract().path("id");
        String dismissed = author.as().contentType(ContentType.JSON).body(Map.of("reason", "気になる"))
                .post("/api/v1/comments/" + comment + "/reports").then().statusCode(201).extract().path("id");
        Api.Session hr = Api.admin();
        hr.as().contentType(ContentType.JSON).body(Map.of("action", "DISMISS")).post("/api/v1/moderation/reports/" + dismissed + "/resolve")
                .then().statusCode(200).body("action", equalTo("DISMISS")).body("hidden", equalTo(false));
        // Once resolved, the same member may report again.
        String hidden = author.as().contentType(ContentType.JSON).body(Map.of("reason", "やはり不適切"))
                .post("/api/v1/comments/" + comment + "/reports").then().statusCode(201).extract().path("id");
        hr.as().get("/api/v1/moderation/reports/" + hidden).then().statusCode(200).body("excerpt", equalTo("よくないコメント"))
                .body("postId", equalTo(post));
        hr.as().contentType(ContentType.JSON).body(Map.of("action", "HIDE")).post("/api/v1/moderation/reports/" + hidden + "/resolve")
                .then().statusCode(200);
        Api.Session reader = Api.activeMember();
        reader.as().get("/api/v1/posts/" + post + "/comments").then().body("items.id", not(hasItem(comment)));
        reader.as().get("/api/v1/posts/" + post).then().body("commentCount", equalTo(0));
        commenter.as().get("/api/v1/posts/" + post + "/comments").then().body("items[0].moderation.reason", equalTo("やはり不適切"));
        hr.as().post("/api/v1/moderation/comments/" + comment + "/restore").then().statusCode(204);
        reader.as().get("/api/v1/posts/" + post).then().body("commentCount", equalTo(1));
        hr.as().contentType(ContentType.JSON).body(Map.of("action", "BAN")).post("/api/v1/moderation/reports/" + hidden + "/resolve")
                .then().statusCode(400);
        hr.as().contentType(ContentType.JSON).body(Map.of("action", "HIDE"))
                .post("/api/v1/moderation/reports/" + UUID.randomUUID() + "/resolve").then().statusCode(404);
        given().get("/api/v1/moderation/reports").then().statusCode(401);
    }
}
