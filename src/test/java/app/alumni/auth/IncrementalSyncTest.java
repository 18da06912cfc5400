package app.alumni.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** What HR's systems sync: each list with `updatedSince` holds what changed since, oldest change first, page by page. */
@QuarkusTest
class IncrementalSyncTest {

    private static final String SCOPES = "members:read applications:read jobs:read events:read feedback:read";

    /** Every item of a list of changes, following `nextCursor` one item per page, in the order served. */
    private static List<Map<String, Object>> changes(Api.Client client, String path, String since, Map<String, Object> params) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 500; pages++) {
            var request = client.as().queryParams(params).queryParam("updatedSince", since).queryParam("limit", 50);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(path);
            page.then().statusCode(200);
            items.addAll(page.path("items"));
            cursor = page.path("nextCursor");
            if (cursor == null) {
                return items;
            }
        }
        throw new AssertionError("too many pages");
    }

    private static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(i -> (String) i.get("id")).toList();
    }

    private static void oldestChangeFirst(List<Map<String, Object>> items) {
        List<OffsetDateTime> times = items.stream().map(i -> OffsetDateTime.parse((String) i.get("updatedAt"))).toList();
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i)).isAfterOrEqualTo(times.get(i - 1));
        }
    }

    @Test
    void aNightlyJobReadsWhatChangedAndNothingElse() {
        Api.Client job = Api.client(SCOPES.split(" "));
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();
        Api.Session hr = Api.admin();

        String pending = Api.registered(Api.registration(Api.uniqueEmail("sync")));
        Api.Session member = Api.activeMember();
        Map<String, Object> listing = new HashMap<>(Map.of("kind", "JOB", "title", "同期テスト求人", "description", "説明",
                "employmentType", "FULL_TIME", "workStyle", "REMOTE"));
        String job1 = hr.as().contentType(ContentType.JSON).body(listing).post("/api/v1/jobs").then().statusCode(201).extract().path("id");
        String application = member.as().contentType(ContentType.JSON).body(Map.of("message", "応募します", "consentToShareProfile", true))
                .post("/api/v1/jobs/" + job1 + "/applications").then().statusCode(201).extract().path("id");
        String feedback = member.as().contentType(ContentType.JSON).body(Map.of("category", "REQUEST", "message", "同期"))
                .post("/api/v1/feedback").then().statusCode(201).extract().path("id");
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(3).withNano(0);
        String event = hr.as().contentType(ContentType.JSON).body(Map.of("title", "同期の会", "description", "説明", "startsAt", start.toString(),
                "endsAt", start.plusHours(1).toString(), "format", "ONLINE", "onlineUrl", "https://meet.example.com/sync"))
                .post("/api/v1/events").then().statusCode(201).extract().path("id");

        List<Map<String, Object>> accounts = changes(job, "/api/v1/admin/members", since, Map.of());
        assertThat(ids(accounts)).contains(pending, member.id());
        oldestChangeFirst(accounts);
        assertThat(ids(changes(job, "/api/v1/admin/registrations", since, Map.of()))).contains(pending).doesNotContain(member.id());
        List<Map<String, Object>> applications = changes(job, "/api/v1/applications", since, Map.of());
        assertThat(ids(applications)).contains(application);
        oldestChangeFirst(applications);
        assertThat(ids(changes(job, "/api/v1/jobs", since, Map.of("kind", "JOB")))).contains(job1);
        assertThat(ids(changes(job, "/api/v1/events", since, Map.of()))).contains(event);
        assertThat(ids(changes(job, "/api/v1/feedback", since, Map.of()))).contains(feedback);

        // The next night: only what changed after the watermark, and the changed item comes again.
        String watermark = (String) accounts.get(accounts.size() - 1).get("updatedAt");
        String later = OffsetDateTime.parse(watermark).plusNanos(1000).toString();
        assertThat(ids(changes(job, "/api/v1/admin/members", later, Map.of()))).doesNotContain(pending);
        hr.as().post("/api/v1/admin/registrations/" + pending + "/approve").then().statusCode(200);
        List<Map<String, Object>> next = changes(job, "/api/v1/admin/members", later, Map.of());
        assertThat(ids(next)).contains(pending);
        assertThat(next.stream().filter(i -> pending.equals(i.get("id"))).findFirst().orElseThrow()).containsEntry("status", "ACTIVE");

        // Nothing changes in the future.
        String tomorrow = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
        job.as().queryParam("updatedSince", tomorrow).get("/api/v1/applications").then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void syncIsForHrSystemsAndTakesAValidMoment() {
        Api.Session member = Api.activeMember();
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString();
        member.as().queryParam("updatedSince", since).get("/api/v1/jobs").then().statusCode(403);
        member.as().queryParam("updatedSince", since).get("/api/v1/events").then().statusCode(403);
        member.as().queryParam("updatedSince", since).get("/api/v1/applications").then().statusCode(403);
        // A member's own feedback syncs too (only their own).
        member.as().queryParam("updatedSince", since).get("/api/v1/feedback").then().statusCode(200)
                .body("items.authorId", not(hasItem(not(equalTo(member.id())))));

        Api.Client job = Api.client("jobs:read", "members:read");
        job.as().queryParam("updatedSince", "yesterday").get("/api/v1/jobs").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
        job.as().queryParam("updatedSince", since).queryParam("q", "エンジニア").get("/api/v1/jobs").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
        job.as().queryParam("updatedSince", since).queryParam("cursor", "not-a-cursor").get("/api/v1/admin/members").then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
        job.as().queryParam("updatedSince", since).get("/api/v1/applications").then().statusCode(403)
                .body("type", equalTo("urn:alumni:problem:insufficient-scope"));
    }
}
