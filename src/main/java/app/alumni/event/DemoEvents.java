package app.alumni.event;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import app.alumni.event.EventEnums.Format;
import app.alumni.event.EventEnums.Rsvp;
import app.alumni.event.EventRequests.EventInput;
import app.alumni.event.EventRequests.Venue;
import app.alumni.member.Caller;
import app.alumni.member.DemoCast;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/** Dev mode only: an online and an in-person event, with a few answers. */
@ApplicationScoped
@IfBuildProfile("dev")
class DemoEvents {

    private final EventService events;
    private final RsvpService rsvps;
    private final Clock clock;

    DemoEvents(EventService events, RsvpService rsvps, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.rsvps = rsvps;
    }

    @Transactional
    void onStart(@Observes @Priority(3000) StartupEvent event) {
        Optional<DemoCast> cast = DemoCast.find();
        if (cast.isEmpty() || Event.count() > 0) {
            return;
        }
        OffsetDateTime base = OffsetDateTime.now(clock.withZone(ZoneOffset.ofHours(9))).plusDays(14).truncatedTo(ChronoUnit.DAYS)
                .withHour(19);
        Caller company = cast.get().company();
        Event online = events.create(company, new EventInput("オンライン交流会", "近況をざっくばらんに話しましょう。", base, base.plusHours(2),
                "Asia/Tokyo", Format.ONLINE, null, "https://meet.example.com/alumni-demo", null, null, List.of("交流会"), null));
        events.create(company, new EventInput("東京オフ会(定員5名)", "本社近くで少人数の食事会です。", base.plusDays(7), base.plusDays(7).plusHours(3),
                "Asia/Tokyo", Format.IN_PERSON, new Venue("本社 3F ラウンジ", "東京都千代田区丸の内1-1-1"), null, 5, base.plusDays(6),
                List.of("交流会", "東京"), null));
        rsvps.answer(online.id, cast.get().tanaka(), Rsvp.GOING);
    }
}
