package app.alumni.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class PostTest {

    @Test
    void membersStartDiscussionsWithNormalisedTags() {
        Api.Session member = Api.activeMember();
        Response created = member.as().contentType(ContentType.JSON)
                .body(Posts.discussion("転職して3年、**近況報告**です。", " 近況 ", "#ＣＡＲＥＥＲ", "career", "Tokyo"))
                .post("/api/v1/posts");
        created.then().statusCode(201)
                .header("Location", notNullValue())
                .body("type", equalTo("DISCUSSION"))
                .body("body", equalTo("転職して3年、**近況報告**です。"))
                .body("tags", contains("近況", "career", "tokyo"))
                .body("author.id", equalTo(member.id()))
                .body("author.displayName", equalTo("花子"))
                .body("author", not(hasKey("email")))
                .body("commentCount", equalTo(0))
                .body("reactionCounts.LIKE", equalTo(0))
                .body("myReactions", empty())
                .body("editedAt", nullValue());
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/posts/" + id);
        Api.activeMember().as().get("/api/v1/posts/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void onlyHrAdminsPostAnnouncementsAndTheyNeedATitle() {
        Api.Session member = Api.activeMember();
        member.as().contentType(ContentType.JSON).body(Posts.announcement("お知らせ", "本文")).post("/api/v1/posts").then()
                .statusCode(403).body("type", equalTo("urn:alumni:problem:forbidden"));
        Api.Session admin = Api.admin();
        var untitled = Posts.announcement(null, "本文");
        admin.as().contentType(ContentType.JSON).body(untitled).post("/api/v1/posts").then()
                .statusCode(400).body("errors[0].field", equalTo("title"));
        admin.as().contentType(ContentType.JSON).body(Posts.announcement("新オフィスのご案内", "大阪に新しいオフィスを開設しました。"))
                .post("/api/v1/posts").then().statusCode(201).body("type", equalTo("ANNOUNCEMENT")).body("category",
                equalTo("COMPANY_NEWS"));
    }

    @Test
    void validatesPosts() {
        Api.Session member = Api.activeMember();
        var tooLong = Posts.discussion("あ".repeat(20001));
        member.as().contentType(ContentType.JSON).body(tooLong).post("/api/v1/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        var tooManyTags = Posts.discussion("本文", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        member.as().contentType(ContentType.JSON).body(tooManyTags).post("/api/v1/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("tags"));
        var pinnedDiscussion = Posts.discussion("本文");
        pinnedDiscussion.put("pinnedUntil", OffsetDateTime.now().plusDays(1).toString());
        member.as().contentType(ContentType.JSON).body(pinnedDiscussion).post("/api/v1/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("pinnedUntil"));
        member.as().contentType(ContentType.JSON).body(Map.of("body", "本文")).post("/api/v1/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        var past = Posts.announcement("t", "b");
        past.put("pinnedUntil", OffsetDateTime.now().minusDays(1).toString());
        Api.admin().as().contentType(ContentType.JSON).body(past).post("/api/v1/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("pinnedUntil"));
    }

    @Test
    void pendingMembersAndStrangersCannotPostOrRead() {
        Api.Session pending = Api.pendingMember();
        pending.as().contentType(ContentType.JSON).body(Posts.discussion("x")).post("/api/v1/posts").then().statusCode(403)
                .body("type", equalTo("urn:alumni:problem:account-not-active"));
        pending.as().get("/api/v1/posts").then().statusCode(403);
        given().get("/api/v1/posts").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Posts.discussion("x")).post("/api/v1/posts").then().statusCode(401);
    }

    @Test
    void authorsAndModeratorsEditWithIfMatch() {
        Api.Session author = Api.activeMember();
        String id = Posts.create(author, Posts.discussion("最初の本文", "a"));
        String path = "/api/v1/posts/" + id;
        String etag = author.as().get(path).then().statusCode(200).extract().header("ETag");
        String newEtag = author.as().contentType(Api.MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("body", "書き直した本文", "tags", List.of("b"))).patch(path).then().statusCode(200)
                .body("body", equalTo("書き直した本文"))
                .body("tags", contains("b"))
                .body("editedAt", notNullValue())
                .extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
        author.as().contentType(Api.MERGE_PATCH).header("If-Match", etag).body(Map.of("body", "x")).patch(path).then()
                .statusCode(412);
        Api.activeMember().as().contentType(Api.MERGE_PATCH).body(Map.of("body", "乗っ取り")).patch(path).then()
                .statusCode(403);
        Api.Session moderator = moderator();
        moderator.as().contentType(Api.MERGE_PATCH).body(Map.of("body", "モデレーターが修正")).patch(path).then()
                .statusCode(200).body("body", equalTo("モデレーターが修正"));
        author.as().contentType(Api.MERGE_PATCH).body(Map.of("body", "")).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        author.as().contentType(Api.MERGE_PATCH).body(Map.of("type", "ANNOUNCEMENT")).patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        author.as().contentType(Api.MERGE_PATCH).body(Map.of("body", "x")).patch("/api/v1/posts/" + UUID.randomUUID())
                .then().statusCode(404);
        // Members cannot pin; the tag change is reflected in the tag feed.
        author.as().contentType(Api.MERGE_PATCH).body(Map.of("pinnedUntil", OffsetDateTime.now().plusDays(1).toString()))
                .patch(path).then().statusCode(403);
        author.as().queryParam("tag", "b").queryParam("limit", 100).get("/api/v1/posts").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void deletionIsByAuthorOrModeratorAndRemovesThePostEverywhere() {
        Api.Session author = Api.activeMember();
        String id = Posts.create(author, Posts.discussion("消す予定の投稿", "deleteme"));
        Api.Session other = Api.activeMember();
        other.as().delete("/api/v1/posts/" + id).then().statusCode(403);
        author.as().delete("/api/v1/posts/" + id).then().statusCode(204);
        other.as().get("/api/v1/posts/" + id).then().statusCode(404);
        author.as().get("/api/v1/posts/" + id).then().statusCode(404);
        other.as().queryParam("tag", "deleteme").get("/api/v1/posts").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        author.as().delete("/api/v1/posts/" + id).then().statusCode(404);
        other.as().contentType(ContentType.JSON).body(Map.of("body", "x")).post("/api/v1/posts/" + id + "/comments").then().statusCode(404);
        other.as().put("/api/v1/posts/" + id + "/reactions/LIKE").then().statusCode(404);

        String second = Posts.create(author, Posts.discussion("モデレーターが消す投稿"));
        moderator().as().delete("/api/v1/posts/" + second).then().statusCode(204);
    }

    @Test
    void postingIsLimitedPerMemberEvenWhenConcurrent() throws Exception {
        Api.Session author = Api.activeMember();
        List<Integer> codes = Concurrently.run(6, 12,
                n -> author.as().contentType(ContentType.JSON).body(Posts.discussion("連投 " + n)).post("/api/v1/posts").statusCode());
        assertThat(codes).filteredOn(c -> c == 201).hasSize(10);
        assertThat(codes).filteredOn(c -> c == 429).hasSize(2);
        Response refused = author.as().contentType(ContentType.JSON).body(Posts.discussion("もう一つ")).post("/api/v1/posts");
        // Explained in posting words, not as a sign-in lock.
        refused.then().statusCode(429).body("type", equalTo("urn:alumni:problem:too-many-requests"))
                .body("detail", containsString("posts per minute"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        // Others are not affected.
        Posts.create(Api.activeMember(), Posts.discussion("別の人"));
    }

    @Test
    void suspendedMembersPostsStayButTheyCannotWrite() {
        Api.Session author = Api.activeMember();
        String id = Posts.create(author, Posts.discussion("停止される人の投稿"));
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED"))
                .patch("/api/v1/admin/members/" + author.id()).then().statusCode(200);
        Api.activeMember().as().get("/api/v1/posts/" + id).then().statusCode(200).body("author.id", equalTo(author.id()));
        author.as().contentType(ContentType.JSON).body(Posts.discussion("書けない")).post("/api/v1/posts").then().statusCode(401);
    }

    @Test
    void editsRecordWhoMadeThem() {
        Api.Session author = Api.activeMember();
        String id = Posts.create(author, Posts.discussion("誰が直したか残る投稿"));
        author.as().contentType(Api.MERGE_PATCH).body(Map.of("body", "本人が直しました")).patch("/api/v1/posts/" + id).then()
                .statusCode(200).body("editedBy", equalTo(author.id()));
        Api.Session moderator = moderator();
        moderator.as().contentType(Api.MERGE_PATCH).body(Map.of("body", "個人情報を削除しました")).patch("/api/v1/posts/" + id).then()
                .statusCode(200).body("editedBy", equalTo(moderator.id()));
        Api.activeMember().as().get("/api/v1/posts/" + id).then().statusCode(200).body("editedBy", equalTo(moderator.id()));
        String comment = author.as().contentType(ContentType.JSON).body(Map.of("body", "コメント")).post("/api/v1/posts/" + id + "/comments")
                .then().statusCode(201).extract().path("id");
        moderator.as().contentType(Api.MERGE_PATCH).body(Map.of("body", "(削除しました)")).patch("/api/v1/comments/" + comment).then()
                .statusCode(200).body("editedBy", equalTo(moderator.id())).body("body", equalTo("(削除しました)"));
        // A merge patch that changes nothing keeps the body.
        author.as().contentType(Api.MERGE_PATCH).body(Map.of()).patch("/api/v1/comments/" + comment).then()
                .statusCode(200).body("body", equalTo("(削除しました)"));
    }

    static Api.Session moderator() {
        Api.Session m = Api.activeMember();
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("roles", List.of("ALUMNUS", "MODERATOR")))
                .patch("/api/v1/admin/members/" + m.id()).then().statusCode(200);
        return m;
    }

    @Test
    void unknownPostsAre404() {
        Api.activeMember().as().get("/api/v1/posts/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("urn:alumni:problem:not-found"));
        Api.activeMember().as().queryParam("type", "RUMOUR").get("/api/v1/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        Api.activeMember().as().queryParam("tag", "x").queryParam("authorId", "not-a-uuid").get("/api/v1/posts")
                .then().statusCode(400).body("errors[0].field", equalTo("authorId"));
        Api.activeMember().as().get("/api/v1/posts").then().statusCode(200).body("$", hasKey("nextCursor"));
        Api.activeMember().as().contentType(ContentType.JSON).body(Posts.discussion("x", "t")).post("/api/v1/posts").then()
                .body("tags", containsInAnyOrder("t"));
    }
}
