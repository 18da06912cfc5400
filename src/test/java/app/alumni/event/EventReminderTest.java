package app.alumni.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Notifications;
import app.alumni.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A day ahead, those going are reminded once; an event moved to a new time is reminded again. */
@QuarkusTest
class EventReminderTest {

    @Inject
    Reminders reminders;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void thoseGoingAreRemindedOnceADayAhead() {
        Api.Session hr = Api.admin();
        Api.Session going = Api.activeMember();
        Api.Session notGoing = Api.activeMember();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(3).withNano(0);
        String event = hr.as().contentType(ContentType.JSON).body(Map.of("title", "リマインドの会", "description", "",
                "startsAt", start.toString(), "endsAt", start.plusHours(2).toString(), "format", "ONLINE",
                "onlineUrl", "https://meet.example.com/r")).post("/api/v1/events").then().statusCode(201).extract().path("id");
        going.as().contentType(ContentType.JSON).body(Map.of("status", "GOING")).put("/api/v1/events/" + event + "/rsvp").then()
                .statusCode(200);
        notGoing.as().contentType(ContentType.JSON).body(Map.of("status", "NOT_GOING")).put("/api/v1/events/" + event + "/rsvp").then()
                .statusCode(200);
        String etag = hr.as().get("/api/v1/events/" + event).then().statusCode(200).extract().header("ETag");

        reminders.remindDue();
        Notifications.await(going, "EVENT_PUBLISHED", event);
        assertThat(Notifications.about(going, event)).extracting(n -> n.get("type")).doesNotContain("EVENT_REMINDER");

        clock.advance(Duration.ofDays(2).plusHours(1));
        reminders.remindDue();
        reminders.remindDue();
        var reminded = Notifications.await(going, "EVENT_REMINDER", event);
        assertThat(reminded.get("text")).isEqualTo("Reminder: “リマインドの会” starts within a day");
        assertThat(reminded.get("actor")).isNull();
        // Reminding is not an edit: the event's ETag stays.
        hr.as().get("/api/v1/events/" + event).then().statusCode(200).header("ETag", etag);

        // Moved a day later, it is reminded again a day before its new start.
        hr.as().contentType(Api.MERGE_PATCH).header("If-Match", etag).body(Map.of("startsAt", start.plusDays(1).toString(),
                "endsAt", start.plusDays(1).plusHours(2).toString())).patch("/api/v1/events/" + event).then().statusCode(200);
        reminders.remindDue();
        clock.advance(Duration.ofDays(1));
        reminders.remindDue();
        assertThat(Notifications.awaitCount(going, "EVENT_REMINDER", event, 2)).hasSize(2);
        assertThat(Notifications.about(notGoing, event)).extracting(n -> n.get("type")).doesNotContain("EVENT_REMINDER");
    }
}
