package app.alumni.member;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Blocking works both ways: neither sees the other in the directory, on the profile or in attendee lists; HR sees all. */
@QuarkusTest
class BlockTest {

    private static final String BLOCKS = "/api/v1/members/me/blocks/";

    private static Api.Session member(String skill) {
        return Api.activeMember(Api.registration(Api.uniqueEmail("block")), Map.of("skills", List.of(skill)));
    }

    private static List<String> directory(Api.Session viewer, String skill) {
        return viewer.as().queryParam("skill", skill).get("/api/v1/members").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void aBlockHidesBothMembersFromEachOtherButNotFromHr() {
        String skill = "block" + UUID.randomUUID().toString().substring(0, 8);
        Api.Session blocker = member(skill);
        Api.Session blocked = member(skill);
        Api.Session other = member(skill);
        Api.Session hr = Api.admin();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(5).withNano(0);
        String event = hr.as().contentType(ContentType.JSON).body(Map.of("title", "ブロックの会", "description", "交流会です。",
                "startsAt", start.toString(), "endsAt", start.plusHours(1).toString(), "format", "ONLINE",
                "onlineUrl", "https://meet.example.com/alumni")).post("/api/v1/events").then().statusCode(201).extract().path("id");
        for (Api.Session s : List.of(blocker, blocked, other)) {
            s.as().contentType(ContentType.JSON).body(Map.of("status", "GOING")).put("/api/v1/events/" + event + "/rsvp").then()
                    .statusCode(200);
        }

        String post = blocked.as().contentType(ContentType.JSON).body(Map.of("type", "DISCUSSION", "body", "ブロックされる人の投稿",
                "tags", List.of(skill))).post("/api/v1/posts").then().statusCode(201).extract().path("id");
        blocked.as().contentType(ContentType.JSON).body(Map.of("body", "ブロックされる人のコメント")).post("/api/v1/posts/" + post
                + "/comments").then().statusCode(201);

        blocker.as().put(BLOCKS + blocked.id()).then().statusCode(204);
        blocker.as().put(BLOCKS + blocked.id()).then().statusCode(204);
        blocker.as().get(BLOCKS).then().statusCode(200).body("items.memberId", equalTo(List.of(blocked.id())));

        assertThat(directory(blocker, skill)).contains(other.id()).doesNotContain(blocked.id());
        assertThat(directory(blocked, skill)).contains(other.id()).doesNotContain(blocker.id());
        assertThat(directory(other, skill)).contains(blocker.id(), blocked.id());
        blocker.as().get("/api/v1/members/" + blocked.id()).then().statusCode(404);
        blocked.as().get("/api/v1/members/" + blocker.id()).then().statusCode(404);
        other.as().get("/api/v1/members/" + blocked.id()).then().statusCode(200);
        hr.as().get("/api/v1/members/" + blocked.id()).then().statusCode(200);
        String attendees = "/api/v1/events/" + event + "/attendees";
        blocker.as().get(attendees).then().statusCode(200).body("items.memberId", not(hasItem(blocked.id())))
                .body("items.memberId", hasItem(other.id()));
        blocked.as().get(attendees).then().statusCode(200).body("items.memberId", not(hasItem(blocker.id())));
        hr.as().get(attendees).then().statusCode(200).body("items.memberId", hasItems(blocker.id(), blocked.id()));
        // What the blocked member wrote stays visible to the blocker, with the author's card reduced to the display name.
        blocker.as().queryParam("tag", skill).get("/api/v1/posts").then().statusCode(200).body("items[0].id", equalTo(post))
                .body("items[0].author.id", nullValue()).body("items[0].author.displayName", notNullValue())
                .body("items[0].author.currentTitle", nullValue());
        blocker.as().get("/api/v1/posts/" + post + "/comments").then().statusCode(200).body("items[0].author.id", nullValue())
                .body("items[0].author.displayName", notNullValue());
        other.as().get("/api/v1/posts/" + post + "/comments").then().statusCode(200).body("items[0].author.id", equalTo(blocked.id()));

        // Lifted: visible again, both ways.
        blocker.as().delete(BLOCKS + blocked.id()).then().statusCode(204);
        blocker.as().delete(BLOCKS + blocked.id()).then().statusCode(204);
        assertThat(directory(blocked, skill)).contains(blocker.id());
        blocker.as().get("/api/v1/members/" + blocked.id()).then().statusCode(200);
        blocker.as().get(BLOCKS).then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void onlyActiveMembersBlockOtherActiveMembers() {
        Api.Session member = Api.activeMember();
        member.as().put(BLOCKS + member.id()).then().statusCode(400).body("errors[0].field", equalTo("memberId"));
        member.as().put(BLOCKS + UUID.randomUUID()).then().statusCode(404);
        member.as().put(BLOCKS + "not-a-uuid").then().statusCode(400);
        given().put(BLOCKS + member.id()).then().statusCode(401);
        Api.pendingMember().as().put(BLOCKS + member.id()).then().statusCode(403);
        Api.client("members:read").as().get(BLOCKS).then().statusCode(403);
    }

    @Test
    void membersChooseWhoMayWriteToThem() {
        Api.Session member = Api.activeMember();
        member.as().get("/api/v1/members/me").then().statusCode(200).body("privacy.messages", equalTo("MEMBERS"));
        member.as().contentType(Api.MERGE_PATCH).body(Map.of("privacy", Map.of("messages", "NOBODY"))).patch("/api/v1/members/me").then()
                .statusCode(200);
        member.as().get("/api/v1/members/me").then().body("privacy.messages", equalTo("NOBODY"))
                .body("privacy.showCareer", equalTo(true));
        member.as().contentType(Api.MERGE_PATCH).body(Map.of("privacy", Map.of("messages", "EVERYONE"))).patch("/api/v1/members/me")
                .then().statusCode(400);
    }
}
