package app.alumni.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Receiver;
import app.alumni.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A survey that closes by itself at closesAt is announced to HR's systems once (survey.closed). */
@QuarkusTest
class SurveyClosingTest {

    @Inject
    TestClock clock;

    @Inject
    SurveyClosings closings;

    @Test
    void aSurveyThatClosesByItselfIsAnnouncedOnce() throws Exception {
        Api.Session hr = Api.admin();
        try (Receiver receiver = new Receiver()) {
            String webhook = hr.as().contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "events", List.of("survey.closed"), "active", true)).post("/api/v1/admin/webhooks")
                    .then().statusCode(201).extract().path("webhook.id");
            Map<String, Object> survey = new HashMap<>(SurveyTest.survey(false, "ALL"));
            survey.put("closesAt", OffsetDateTime.now().plusHours(1).toString());
            String id = SurveyTest.create(survey).getString("id");
            try {
                clock.advance(Duration.ofHours(2));
                // Counts are not asserted: the scheduled poll and other tests' surveys share the table.
                closings.announceDue();
                closings.announceDue();
                Receiver.Received closed = receiver.await(r -> r.body().contains(id), 1).get(0);
                assertThat(closed.body()).contains("\"type\":\"survey.closed\"");
                Thread.sleep(1000);
                assertThat(receiver.received().stream().filter(r -> r.body().contains(id))).hasSize(1);
            } finally {
                clock.reset();
                hr.as().delete("/api/v1/admin/webhooks/" + webhook);
            }
        }
    }
}
