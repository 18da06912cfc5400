package app.alumni.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
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

@QuarkusTest
class FeedTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    private static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private static List<String> ids(Api.Session viewer, Map<String, Object> query) {
        return viewer.as().queryParams(query).queryParam("limit", 100).get("/api/v1/posts").then().statusCode(200)
                .extract().path("items.id");
    }

    @Test
    void newestFirstWithStableKeysetPages() {
        String tag = tag();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Api.Session author = Api.activeMember();
            for (int j = 0; j < 3; j++) {
                created.add(0, Posts.create(author, Posts.discussion("投稿 " + i + "-" + j, tag)));
            }
        }
        Api.Session viewer = Api.activeMember();
        assertThat(ids(viewer, Map.of("tag", tag))).containsExactlyElementsOf(created);

        List<String> paged = new ArrayList<>();
        String cursor = null;
        boolean addedBetweenPages = false;
        do {
            var request = viewer.as().queryParam("tag", tag).queryParam("limit", 4);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/posts").then().statusCode(200).extract();
            paged.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            if (!addedBetweenPages) {
                // A new post arriving between pages must not shift or repeat what follows.
                Posts.create(Api.activeMember(), Posts.discussion("途中で追加", tag));
                addedBetweenPages = true;
            }
        } while (cursor != null);
        assertThat(paged).containsExactlyElementsOf(created);
    }

    @Test
    void pinnedAnnouncementsLeadTheFirstPageOnly() {
        Api.Session admin = Api.admin();
        var pinned = Posts.announcement("固定のお知らせ", "必ず読んでください");
        pinned.put("pinnedUntil", OffsetDateTime.now().plusDays(7).toString());
        String pinnedId = Posts.create(admin, pinned);
        Api.Session author = Api.activeMember();
        List<String> newer = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            newer.add(Posts.create(author, Posts.discussion("新しい投稿 " + i)));
        }
        Api.Session viewer = Api.activeMember();
        var first = viewer.as().queryParam("limit", 2).get("/api/v1/posts").then().statusCode(200).extract();
        List<String> firstIds = first.path("items.id");
        assertThat(firstIds.get(0)).isEqualTo(pinnedId);
        assertThat((Boolean) first.path("items[0].pinned")).isTrue();
        assertThat(firstIds).hasSize(3).contains(newer.get(2), newer.get(1));
        List<String> second = viewer.as().queryParam("limit", 2).queryParam("cursor", (String) first.path("nextCursor"))
                .get("/api/v1/posts").then().statusCode(200).extract().path("items.id");
        assertThat(second).doesNotContain(pinnedId).contains(newer.get(0));
        // Filters apply to the pinned ones too.
        assertThat(ids(viewer, Map.of("type", "DISCUSSION"))).doesNotContain(pinnedId);
        assertThat(ids(viewer, Map.of("type", "ANNOUNCEMENT")).get(0)).isEqualTo(pinnedId);
        // Unpinned, it takes its place in time.
        admin.as().contentType(Api.MERGE_PATCH).body("{\"pinnedUntil\": null}").patch("/api/v1/posts/" + pinnedId).then().statusCode(200)
                .body("pinned", equalTo(false));
        assertThat(ids(viewer, Map.of("authorId", admin.id()))).contains(pinnedId);
    }

    @Test
    void filtersByTypeTagAndAuthorAndSearchesJapanese() {
        String t = tag();
        Api.Session a = Api.activeMember();
        Api.Session b = Api.activeMember();
        String tokyo = Posts.create(a, Posts.discussion("東京で勉強会を開きます " + t, "勉強会"));
        String osaka = Posts.create(b, Posts.discussion("大阪のＯＢ会のお知らせ " + t, "勉強会"));
        Api.Session viewer = Api.activeMember();
        assertThat(ids(viewer, Map.of("q", "東京 " + t))).containsExactly(tokyo);
        assertThat(ids(viewer, Map.of("q", "ob会 " + t))).containsExactly(osaka);
        assertThat(ids(viewer, Map.of("q", t))).containsExactly(osaka, tokyo);
        assertThat(ids(viewer, Map.of("q", t, "authorId", a.id()))).containsExactly(tokyo);
        assertThat(ids(viewer, Map.of("tag", "勉強会", "authorId", b.id()))).containsExactly(osaka);
        assertThat(ids(viewer, Map.of("q", t, "type", "ANNOUNCEMENT"))).isEmpty();
        viewer.as().queryParam("cursor", "garbage").get("/api/v1/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        viewer.as().queryParam("limit", 101).get("/api/v1/posts").then().statusCode(400);
    }

    @Test
    void aFeedPageCostsAFixedNumberOfStatements() {
        String tag = tag();
        for (int i = 0; i < 3; i++) {
            Api.Session author = Api.activeMember();
            for (int j = 0; j < 4; j++) {
                String id = Posts.create(author, Posts.discussion("統計 " + i + j, tag));
                author.as().put("/api/v1/posts/" + id + "/reactions/LIKE").then().statusCode(200);
            }
        }
        Api.Session viewer = Api.activeMember();
        long small = statementsFor(viewer, tag, 2);
        long large = statementsFor(viewer, tag, 12);
        assertThat(large).isEqualTo(small);
        assertThat(large).isLessThanOrEqualTo(6); // account and sign-in checks, pinned announcements, the page, its authors, my reactions
    }

    private long statementsFor(Api.Session viewer, String tag, int limit) {
        return Statements.of(entityManagerFactory,
                () -> viewer.as().queryParam("tag", tag).queryParam("limit", limit).get("/api/v1/posts").then().statusCode(200));
    }

    @Test
    void feedItemsNeverCarryEmailAddresses() {
        // Feed items never carry e-mail addresses, whatever the author's settings.
        Api.Session author = Api.activeMember(Api.registration(Api.uniqueEmail("feedmail")),
                Map.of("privacy", Map.of("showEmail", true, "showCareer", true)));
        String tag = tag();
        Posts.create(author, Posts.discussion("メールは出ない", tag));
        String body = Api.activeMember().as().queryParam("tag", tag).get("/api/v1/posts").then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain(author.email());
        Api.activeMember().as().contentType(ContentType.JSON).body(Posts.discussion("x")).post("/api/v1/posts").then().statusCode(201);
    }
}
