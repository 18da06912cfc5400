package app.alumni.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.alumni.support.Api;
import app.alumni.support.Receiver;
import app.alumni.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A listing that closes by itself at closesAt is announced to HR's systems once (job.closed). */
@QuarkusTest
class ListingClosingTest {

    @Inject
    TestClock clock;

    @Inject
    ListingClosings closings;

    @Test
    void aListingThatClosesByItselfIsAnnouncedOnce() throws Exception {
        Api.Session hr = Api.admin();
        try (Receiver receiver = new Receiver()) {
            String webhook = hr.as().contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "events", List.of("job.closed"), "active", true)).post("/api/v1/admin/webhooks")
                    .then().statusCode(201).extract().path("webhook.id");
            Map<String, Object> job = new HashMap<>(CareerTest.job("期限つき求人"));
            job.put("closesAt", OffsetDateTime.now().plusHours(1).toString());
            String listing = CareerTest.post(hr, job);
            try {
                // Counts are not asserted: the scheduled poll and other tests' listings share the table.
                closings.announceDue();
                assertThat(announcedAt(listing)).isNull();
                clock.advance(Duration.ofHours(2));
                closings.announceDue();
                closings.announceDue();
                assertThat(announcedAt(listing)).isNotNull();
                Receiver.Received closed = receiver.await(r -> r.body().contains(listing), 1).get(0);
                assertThat(closed.body()).contains("\"type\":\"job.closed\"");
                Thread.sleep(1000);
                assertThat(receiver.received().stream().filter(r -> r.body().contains(listing))).hasSize(1);
            } finally {
                clock.reset();
                hr.as().delete("/api/v1/admin/webhooks/" + webhook);
            }
        }
    }

    private static OffsetDateTime announcedAt(String listing) {
        return QuarkusTransaction.requiringNew().call(() -> JobListing.<JobListing>findById(UUID.fromString(listing)).closingAnnouncedAt);
    }
}
