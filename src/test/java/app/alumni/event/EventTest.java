package app.alumni.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Concurrently;
import app.alumni.support.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

@QuarkusTest
class EventTest {

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    static Map<String, Object> event(String title, Integer capacity) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(7).withNano(0);
        Map<String, Object> e = new HashMap<>();
        e.put("title", title);
        e.put("description", "近況を語り合いましょう。");
        e.put("startsAt", start.toString());
        e.put("endsAt", start.plusHours(2).toString());
        e.put("format", "HYBRID");
        e.put("venue", Map.of("name", "本社 3F", "address", "東京都千代田区丸の内1-1-1"));
        e.put("onlineUrl", "https://meet.example.com/alumni");
        if (capacity != null) {
            e.put("capacity", capacity);
        }
        e.put("tags", List.of("交流会"));
        return e;
    }

    static String publish(Map<String, Object> event) {
        return Api.admin().as().contentType(ContentType.JSON).body(event).post("/api/v1/events").then().statusCode(201)
                .body("status", equalTo("PUBLISHED")).extract().path("id");
    }

    static String rsvp(Api.Session member, String event, String status) {
        return member.as().contentType(ContentType.JSON).body(Map.of("status", status)).put("/api/v1/events/" + event + "/rsvp")
                .then().statusCode(200).extract().path("status");
    }

    @Test
    void membersProposeAndHrApproves() {
        Api.Session member = Api.activeMember();
        var created = member.as().contentType(ContentType.JSON).body(event("もくもく会", 10)).post("/api/v1/events");
        created.then().statusCode(201).header("Location", notNullValue()).body("status", equalTo("PROPOSED"))
                .body("timeZone", equalTo("Asia/Tokyo")).body("organiser.id", equalTo(member.id()));
        String id = created.path("id");
        Api.Session other = Api.activeMember();
        other.as().get("/api/v1/events/" + id).then().statusCode(404);
        member.as().post("/api/v1/events/" + id + "/approve").then().statusCode(403);
        member.as().queryParam("status", "PROPOSED").get("/api/v1/events").then().statusCode(403);
        Api.Session hr = Api.admin();
        hr.as().queryParam("status", "PROPOSED").queryParam("limit", 100).get("/api/v1/events").then().statusCode(200)
                .body("items.id", hasItem(id));
        hr.as().post("/api/v1/events/" + id + "/approve").then().statusCode(200).header("ETag", notNullValue()).body("status",
                equalTo("PUBLISHED"));
        hr.as().post("/api/v1/events/" + id + "/approve").then().statusCode(200);
        other.as().get("/api/v1/events/" + id).then().statusCode(200);

        String rejected = member.as().contentType(ContentType.JSON).body(event("却下される会", null)).post("/api/v1/events")
                .then().statusCode(201).extract().path("id");
        hr.as().contentType(ContentType.JSON).body(Map.of("message", "日程が重なっています")).post("/api/v1/events/" + rejected + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("statusMessage", equalTo("日程が重なっています"));
        hr.as().post("/api/v1/events/" + rejected + "/approve").then().statusCode(409);
        member.as().get("/api/v1/events/" + rejected).then().statusCode(200).body("status", equalTo("REJECTED"));
    }

    @Test
    void validatesEvents() {
        Api.Session hr = Api.admin();
        var e = event("検証", 0);
        e.put("endsAt", e.get("startsAt"));
        e.remove("venue");
        e.put("timeZone", "Mars/Olympus");
        hr.as().contentType(ContentType.JSON).body(e).post("/api/v1/events").then().statusCode(400)
                .body("errors.field", hasItems("capacity"));
        e.put("capacity", 5);
        hr.as().contentType(ContentType.JSON).body(e).post("/api/v1/events").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("endsAt", "venue", "timeZone"));
        var online = event("オンライン", null);
        online.put("format", "ONLINE");
        online.remove("onlineUrl");
        hr.as().contentType(ContentType.JSON).body(online).post("/api/v1/events").then().statusCode(400)
                .body("errors[0].field", equalTo("onlineUrl"));
        var late = event("締切", null);
        late.put("rsvpDeadline", OffsetDateTime.now().plusDays(30).toString());
        hr.as().contentType(ContentType.JSON).body(late).post("/api/v1/events").then().statusCode(400)
                .body("errors[0].field", equalTo("rsvpDeadline"));
        given().contentType(ContentType.JSON).body(event("x", null)).post("/api/v1/events").then().statusCode(401);
        Api.pendingMember().as().contentType(ContentType.JSON).body(event("x", null)).post("/api/v1/events").then().statusCode(403);
    }

    @Test
    void capacityWaitlistAndPromotion() {
        String id = publish(event("定員2名", 2));
        Api.Session a = Api.activeMember();
        Api.Session b = Api.activeMember();
        Api.Session c = Api.activeMember();
        assertThat(rsvp(a, id, "GOING")).isEqualTo("GOING");
        assertThat(rsvp(a, id, "GOING")).isEqualTo("GOING");
        assertThat(rsvp(b, id, "GOING")).isEqualTo("GOING");
        assertThat(rsvp(c, id, "GOING")).isEqualTo("WAITLISTED");
        c.as().get("/api/v1/events/" + id).then().body("goingCount", equalTo(2)).body("waitlistCount", equalTo(1))
                .body("myRsvp", equalTo("WAITLISTED")).body("$", not(hasKey("onlineUrl")));
        a.as().get("/api/v1/events/" + id).then().body("onlineUrl", equalTo("https://meet.example.com/alumni"));
        assertThat(rsvp(a, id, "NOT_GOING")).isEqualTo("NOT_GOING");
        c.as().get("/api/v1/events/" + id).then().body("myRsvp", equalTo("GOING")).body("goingCount", equalTo(2))
                .body("waitlistCount", equalTo(0)).body("onlineUrl", notNullValue());
        a.as().get("/api/v1/events/" + id).then().body("$", not(hasKey("onlineUrl")));
        a.as().contentType(ContentType.JSON).body(Map.of("status", "WAITLISTED")).put("/api/v1/events/" + id + "/rsvp").then()
                .statusCode(400);
        a.as().contentType(ContentType.JSON).body(Map.of("status", "GOING")).put("/api/v1/events/" + UUID.randomUUID() + "/rsvp")
                .then().statusCode(404);
        // More seats let the waitlist in.
        Api.Session d = Api.activeMember();
        assertThat(rsvp(a, id, "GOING")).isEqualTo("WAITLISTED");
        assertThat(rsvp(d, id, "GOING")).isEqualTo("WAITLISTED");
        Api.admin().as().contentType(Api.MERGE_PATCH).body(Map.of("capacity", 3)).patch("/api/v1/events/" + id).then().statusCode(200)
                .body("goingCount", equalTo(3)).body("waitlistCount", equalTo(1));
        a.as().get("/api/v1/events/" + id).then().body("myRsvp", equalTo("GOING"));
        d.as().get("/api/v1/events/" + id).then().body("myRsvp", equalTo("WAITLISTED"));
        Api.admin().as().contentType(Api.MERGE_PATCH).body(Map.of("capacity", 1)).patch("/api/v1/events/" + id).then().statusCode(409);
    }

    @Test
    void neverOverbookedUnderConcurrentAnswers() throws Exception {
        String id = publish(event("先着3名", 3));
        List<Api.Session> members = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            members.add(Api.activeMember());
        }
        // Every member answers twice at once.
        List<String> results = Concurrently.run(10, 20, i -> rsvp(members.get(i / 2), id, "GOING"));
        assertThat(results).containsOnly("GOING", "WAITLISTED");
        var attendees = Api.admin().as().queryParam("limit", 100).get("/api/v1/events/" + id + "/attendees").then().statusCode(200)
                .extract();
        List<String> statuses = attendees.path("items.status");
        List<String> ids = attendees.path("items.memberId");
        List<String> requested = attendees.path("items.requestedAt");
        assertThat(ids).hasSize(10).doesNotHaveDuplicates();
        assertThat(statuses).filteredOn("GOING"::equals).hasSize(3);
        assertThat(statuses).filteredOn("WAITLISTED"::equals).hasSize(7);
        // In arrival order: the three going members answered before everyone on the waitlist.
        assertThat(statuses.subList(0, 3)).containsOnly("GOING");
        assertThat(requested).isSortedAccordingTo(String::compareTo);
        Api.admin().as().get("/api/v1/events/" + id).then().body("goingCount", equalTo(3)).body("waitlistCount", equalTo(7));
        // Paged four at a time, the same attendees in the same order.
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var page = Api.admin().as().queryParam("limit", 4).queryParam("cursor", cursor).get("/api/v1/events/" + id + "/attendees")
                    .then()
                    .statusCode(200).extract();
            paged.addAll(page.path("items.memberId"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(paged).isEqualTo(ids);
    }

    @Test
    void noAnswersWhenClosed() {
        var withDeadline = event("締切済み", null);
        withDeadline.put("rsvpDeadline", OffsetDateTime.now().plusMinutes(1).toString());
        String deadline = publish(withDeadline);
        String cancelled = publish(event("中止", null));
        Api.Session member = Api.activeMember();
        rsvp(member, cancelled, "GOING");
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("message", "台風のため中止します")).post("/api/v1/events/" + cancelled + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("statusMessage", equalTo("台風のため中止します"));
        member.as().contentType(ContentType.JSON).body(Map.of("status", "NOT_GOING")).put("/api/v1/events/" + cancelled + "/rsvp").then()
                .statusCode(409).body("type", equalTo("urn:alumni:problem:rsvp-closed"));
        member.as().get("/api/v1/events/" + cancelled).then().statusCode(200).body("status", equalTo("CANCELLED"));
        member.as().contentType(Api.MERGE_PATCH).body(Map.of("title", "x")).patch("/api/v1/events/" + cancelled).then().statusCode(403);
        Api.admin().as().contentType(Api.MERGE_PATCH).body(Map.of("title", "x")).patch("/api/v1/events/" + cancelled).then()
                .statusCode(409);
        // Before the deadline answers are taken; past it (the clock moved on), not.
        Api.activeMember().as().contentType(ContentType.JSON).body(Map.of("status", "GOING")).put("/api/v1/events/" + deadline + "/rsvp")
                .then().statusCode(200);
        clock.advance(Duration.ofMinutes(2));
        try {
            member.as().contentType(ContentType.JSON).body(Map.of("status", "GOING")).put("/api/v1/events/" + deadline + "/rsvp").then()
                    .statusCode(409).body("type", equalTo("urn:alumni:problem:rsvp-closed"));
        } finally {
            clock.reset();
        }
        // Started (moved into the past by its organiser).
        String started = publish(event("開始済み", null));
        OffsetDateTime past = OffsetDateTime.now().minusHours(3);
        Api.admin().as().contentType(Api.MERGE_PATCH)
                .body(Map.of("startsAt", past.toString(), "endsAt", past.plusHours(1).toString())).patch("/api/v1/events/" + started)
                .then().statusCode(200);
        member.as().contentType(ContentType.JSON).body(Map.of("status", "GOING")).put("/api/v1/events/" + started + "/rsvp").then()
                .statusCode(409);
        member.as().queryParam("when", "past").queryParam("limit", 100).get("/api/v1/events").then().statusCode(200)
                .body("items.id", hasItem(started));
        member.as().queryParam("limit", 100).get("/api/v1/events").then().body("items.id", not(hasItem(started)));
        member.as().queryParam("when", "someday").get("/api/v1/events").then().statusCode(400).body("errors[0].field", equalTo("when"));
    }

    @Test
    void organisersEditWithIfMatchAndOthersCannot() {
        Api.Session organiser = Api.activeMember();
        String id = organiser.as().contentType(ContentType.JSON).body(event("主催者の会", null)).post("/api/v1/events").then()
                .statusCode(201).extract().path("id");
        Api.admin().as().post("/api/v1/events/" + id + "/approve").then().statusCode(200);
        String etag = organiser.as().get("/api/v1/events/" + id).then().statusCode(200).extract().header("ETag");
        organiser.as().contentType(Api.MERGE_PATCH).header("If-Match", etag).body(Map.of("title", "改題した会"))
                .patch("/api/v1/events/" + id).then().statusCode(200).body("title", equalTo("改題した会"));
        organiser.as().contentType(Api.MERGE_PATCH).header("If-Match", etag).body(Map.of("title", "古い版"))
                .patch("/api/v1/events/" + id).then().statusCode(412);
        Api.Session other = Api.activeMember();
        other.as().contentType(Api.MERGE_PATCH).body(Map.of("title", "乗っ取り")).patch("/api/v1/events/" + id).then().statusCode(403);
        other.as().contentType(ContentType.JSON).body(Map.of("message", "x")).post("/api/v1/events/" + id + "/cancel").then()
                .statusCode(403);
        organiser.as().contentType(Api.MERGE_PATCH).body(Map.of("endsAt", "2000-01-01T00:00:00Z")).patch("/api/v1/events/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("endsAt"));
    }

    @Test
    void attendeePrivacyAndCheckIn() {
        Api.Session organiser = Api.activeMember();
        String id = organiser.as().contentType(ContentType.JSON).body(event("チェックイン", 1)).post("/api/v1/events").then()
                .statusCode(201).extract().path("id");
        Api.admin().as().post("/api/v1/events/" + id + "/approve").then().statusCode(200);
        Api.Session going = Api.activeMember();
        Api.Session waiting = Api.activeMember();
        // The waiting member shows their e-mail address to other members; the going one keeps it hidden (the default).
        waiting.as().contentType(Api.MERGE_PATCH).body(Map.of("privacy", Map.of("showEmail", true))).patch("/api/v1/members/me")
                .then().statusCode(200);
        rsvp(going, id, "GOING");
        rsvp(waiting, id, "GOING");
        String membersView = waiting.as().get("/api/v1/events/" + id + "/attendees").then().statusCode(200)
                .body("items.memberId", contains(going.id()))
                .body("items[0]", not(hasKey("email")))
                .extract().asString();
        assertThat(membersView).doesNotContain("@example.com");
        // An organiser who is not HR sees everyone who answered, but a hidden e-mail address stays hidden; HR sees both.
        String organisersView = organiser.as().get("/api/v1/events/" + id + "/attendees").then().statusCode(200)
                .body("items.memberId", contains(going.id(), waiting.id()))
                .body("items[1].email", equalTo(waiting.email()))
                .extract().asString();
        assertThat(organisersView).doesNotContain(going.email());
        Api.admin().as().get("/api/v1/events/" + id + "/attendees").then().statusCode(200)
                .body("items.email", contains(going.email(), waiting.email()));
        waiting.as().post("/api/v1/events/" + id + "/attendees/" + going.id() + "/check-in").then().statusCode(403);
        organiser.as().post("/api/v1/events/" + id + "/attendees/" + waiting.id() + "/check-in").then().statusCode(409);
        String first = organiser.as().post("/api/v1/events/" + id + "/attendees/" + going.id() + "/check-in").then().statusCode(200)
                .body("checkedInAt", notNullValue()).extract().path("checkedInAt");
        Api.admin().as().post("/api/v1/events/" + id + "/attendees/" + going.id() + "/check-in").then().statusCode(200)
                .body("checkedInAt", equalTo(first));
        going.as().queryParam("limit", 100).get("/api/v1/members/me/events").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void calendarExportParsesBackAndFollowsEdits() throws Exception {
        String id = publish(event("カレンダー", null));
        Api.Session member = Api.activeMember();
        rsvp(member, id, "GOING");
        VEvent first = single(member.as().get("/api/v1/events/" + id + "/calendar.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString());
        assertThat(value(first, Property.UID)).isEqualTo(id + "@alumni-api");
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Tokyo");
        assertThat(value(first, Property.SUMMARY)).isEqualTo("カレンダー");
        assertThat(value(first, Property.LOCATION)).contains("本社 3F");
        assertThat(value(first, Property.URL)).isEqualTo("https://meet.example.com/alumni");
        assertThat(value(first, Property.STATUS)).isEqualTo("CONFIRMED");
        int sequence = Integer.parseInt(value(first, Property.SEQUENCE));

        Api.admin().as().contentType(Api.MERGE_PATCH).body(Map.of("title", "カレンダー(改)")).patch("/api/v1/events/" + id).then()
                .statusCode(200);
        Api.admin().as().contentType(ContentType.JSON).body(Map.of("message", "中止します")).post("/api/v1/events/" + id + "/cancel").then()
                .statusCode(200);
        VEvent cancelled = single(member.as().get("/api/v1/events/" + id + "/calendar.ics").then().statusCode(200).extract().asString());
        assertThat(value(cancelled, Property.UID)).isEqualTo(id + "@alumni-api");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE))).isEqualTo(sequence + 2);
        // Someone not going does not get the online link.
        VEvent stranger = single(Api.activeMember().as().get("/api/v1/events/" + id + "/calendar.ics").then().statusCode(200).extract()
                .asString());
        assertThat(stranger.getProperty(Property.URL)).isEmpty();
    }

    @Test
    void calendarSubscriptionWorksWithoutATokenAndRotates() throws Exception {
        String going = publish(event("購読に入る会", null));
        String notGoing = publish(event("購読に入らない会", null));
        Api.Session member = Api.activeMember();
        rsvp(member, going, "GOING");
        String url = member.as().get("/api/v1/members/me/calendar-feed").then().statusCode(200).extract().path("url");
        // The secret URL points at the configured public address, whatever Host the request named.
        assertThat(url).startsWith("https://alumni.example.com/api/v1/calendar-feeds/");
        assertThat(member.as().header("Host", "evil.example.net").get("/api/v1/members/me/calendar-feed").then()
                .extract().<String>path("url"))
                .isEqualTo(url);
        String path = url.substring(url.indexOf("/api/v1/"));
        String ics = given().get(path).then().statusCode(200).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<String> uids = calendar.<VEvent>getComponents("VEVENT").stream().map(e -> value(e, Property.UID)).toList();
        assertThat(uids).contains(going + "@alumni-api").doesNotContain(notGoing + "@alumni-api");
        String newUrl = member.as().post("/api/v1/members/me/calendar-feed").then().statusCode(200).extract().path("url");
        assertThat(newUrl).isNotEqualTo(url);
        given().get(path).then().statusCode(404);
        given().get(newUrl.substring(newUrl.indexOf("/api/v1/"))).then().statusCode(200);
        given().get("/api/v1/members/me/calendar-feed").then().statusCode(401);
    }

    @Test
    void timeZonesAndLinksMustBeWhatCalendarsCanExpress() {
        Api.Session hr = Api.admin();
        for (String zone : List.of("Z", "SystemV/AST4", "+09:00", "Etc/GMT-9", "Asia/Nowhere")) {
            Map<String, Object> e = event("ゾーン " + zone, null);
            e.put("timeZone", zone);
            hr.as().contentType(ContentType.JSON).body(e).post("/api/v1/events").then().statusCode(400)
                    .body("errors[0].field", equalTo("timeZone"));
        }
        for (String url : List.of("https://meet.example.com/{room}", "https://meet.example.com/a|b", "https://meet.example.com/a\u3000b",
                "https://[::1", "http://meet.example.com/a", "https://")) {
            Map<String, Object> e = event("リンク", null);
            e.put("onlineUrl", url);
            hr.as().contentType(ContentType.JSON).body(e).post("/api/v1/events").then().statusCode(400)
                    .body("errors[0].field", equalTo("onlineUrl"));
        }
        Map<String, Object> paris = event("パリの会", null);
        paris.put("timeZone", "Europe/Paris");
        publish(paris);
    }

    @Test
    void aSubscriptionLeavesOutAnEventItCannotWriteInsteadOfFailing() throws Exception {
        String good = publish(event("書ける会", null));
        String broken = publish(event("書けない会", null));
        Api.Session member = Api.activeMember();
        rsvp(member, good, "GOING");
        rsvp(member, broken, "GOING");
        // Data from before today's validation: a zone Java knows but iCalendar cannot express.
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("update event set time_zone = 'SystemV/AST4' where id = ?")) {
            statement.setObject(1, UUID.fromString(broken));
            statement.executeUpdate();
        }
        String url = member.as().get("/api/v1/members/me/calendar-feed").then().statusCode(200).extract().path("url");
        String ics = given().get(url.substring(url.indexOf("/api/v1/"))).then().statusCode(200).extract().asString();
        List<String> uids = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents("VEVENT").stream()
                .map(e -> value(e, Property.UID)).toList();
        assertThat(uids).contains(good + "@alumni-api").doesNotContain(broken + "@alumni-api");
    }

    private static VEvent single(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(calendar.getComponents("VTIMEZONE")).isNotEmpty();
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
