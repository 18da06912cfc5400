package app.alumni.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class FeedbackTest {

    @Test
    void membersWriteAndSeeTheirOwnAndHrReplies() {
        Api.Session member = Api.activeMember();
        String id = member.as().contentType(ContentType.JSON).body(Map.of("category", "IDEA", "message", "もくもく会を定期開催してほしい"))
                .post("/api/v1/feedback").then().statusCode(201).header("ETag", equalTo("\"0\"")).body("status", equalTo("NEW")).extract()
                .path("id");
        Api.Session other = Api.activeMember();
        other.as().contentType(ContentType.JSON).body(Map.of("category", "PROBLEM", "message", "ログインが遅い")).post("/api/v1/feedback").then()
                .statusCode(201);
        member.as().get("/api/v1/feedback").then().statusCode(200).body("items.authorId", everyItem(equalTo(member.id())));
        other.as().get("/api/v1/feedback/" + id).then().statusCode(404);
        member.as().contentType(ContentType.JSON).body(Map.of("status", "DONE")).patch("/api/v1/feedback/" + id).then().statusCode(403);

        Api.Session hr = Api.admin();
        hr.as().queryParam("category", "IDEA").queryParam("limit", 100).get("/api/v1/feedback").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.category", everyItem(equalTo("IDEA")));
        hr.as().queryParam("status", "DONE").queryParam("limit", 100).get("/api/v1/feedback").then().body("items.id", not(hasItem(id)));
        String etag = hr.as().get("/api/v1/feedback/" + id).then().statusCode(200).extract().header("ETag");
        hr.as().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", "PLANNED", "reply", "来月から月1回開催します"))
                .patch("/api/v1/feedback/" + id).then().statusCode(200).body("status", equalTo("PLANNED"));
        hr.as().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", "DONE")).patch("/api/v1/feedback/" + id).then()
                .statusCode(412);
        hr.as().contentType(ContentType.JSON).body(Map.of("status", "NEW")).patch("/api/v1/feedback/" + id).then().statusCode(409);
        hr.as().contentType(ContentType.JSON).body(Map.of()).patch("/api/v1/feedback/" + id).then().statusCode(400);
        member.as().get("/api/v1/feedback/" + id).then().statusCode(200).body("reply", equalTo("来月から月1回開催します"));
        member.as().contentType(ContentType.JSON).body(Map.of("category", "WISH", "message", "x")).post("/api/v1/feedback").then()
                .statusCode(400);
        member.as().contentType(ContentType.JSON).body(Map.of("category", "IDEA", "message", "")).post("/api/v1/feedback").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("message"));
        given().get("/api/v1/feedback").then().statusCode(401);
        hr.as().contentType(ContentType.JSON).body(Map.of("status", "DONE")).patch("/api/v1/feedback/" + UUID.randomUUID()).then()
                .statusCode(404);
    }
}
