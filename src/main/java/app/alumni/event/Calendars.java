package app.alumni.event;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import app.alumni.event.EventEnums.Status;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * RFC 5545 calendars of events, written with ical4j: a stable UID per event, start and end in the event's own
 * time zone (with its VTIMEZONE), STATUS:CANCELLED for cancelled events and a SEQUENCE that grows with each change.
 */
@ApplicationScoped
class Calendars {

    static final String MEDIA_TYPE = "text/calendar";

    private static final Logger LOG = Logger.getLogger(Calendars.class);
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final Clock clock;

    Calendars(Clock clock) {
        this.clock = clock;
    }

    /**
     * Whether {@code zoneId} is an IANA region (Area/Location) that calendars can express with a VTIMEZONE: not a
     * fixed offset such as {@code Z} or {@code +09:00}, not a legacy alias such as {@code SystemV/AST4}.
     */
    static boolean knowsZone(String zoneId) {
        if (zoneId == null || !zoneId.contains("/") || zoneId.startsWith("SystemV/") || zoneId.startsWith("Etc/")
                || !ZoneId.getAvailableZoneIds().contains(zoneId)) {
            return false;
        }
        try {
            return ZONES.getTimeZone(zoneId) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * {@code withOnlineUrl} tells, per event, whether the reader may see its online link. An event that cannot be
     * written (data from before today's validation, say) is left out and logged, so that one event cannot break the
     * whole subscription of everyone going to it.
     */
    String write(Collection<Event> events, Predicate<Event> withOnlineUrl) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Alumni API//Events//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH);
        Set<String> zoneIds = new LinkedHashSet<>();
        List<VEvent> written = new ArrayList<>();
        for (Event e : events) {
            if (!knowsZone(e.timeZone)) {
                LOG.errorf("Event %s left out of a calendar: iCalendar cannot express its time zone %s", e.id, e.timeZone);
                continue;
            }
            try {
                written.add(vevent(e, withOnlineUrl.test(e)));
                zoneIds.add(e.timeZone);
            } catch (RuntimeException failure) {
                LOG.errorf(failure, "Event %s left out of a calendar: it cannot be written as iCalendar", e.id);
            }
        }
        // Time zone definitions first, then the events that refer to them.
        for (String zoneId : zoneIds) {
            var zone = ZONES.getTimeZone(zoneId);
            if (zone != null) {
                calendar.add(zone.getVTimeZone());
            }
        }
        written.forEach(calendar::add);
        return calendar.toString();
    }

    private VEvent vevent(Event e, boolean withOnlineUrl) {
        ZoneId zone = ZoneId.of(e.timeZone);
        VEvent event = new VEvent(e.startsAt.atZoneSameInstant(zone), e.endsAt.atZoneSameInstant(zone), e.title);
        event.replace(new DtStamp(clock.instant()));
        event.add(new Uid(e.id + "@alumni-api"));
        event.add(new Sequence(e.sequence));
        event.add(new LastModified(e.updatedAt.toInstant()));
        event.add(switch (e.status) {
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
            case PUBLISHED -> ImmutableStatus.VEVENT_CONFIRMED;
            default -> ImmutableStatus.VEVENT_TENTATIVE;
        });
        if (e.description != null && !e.description.isBlank()) {
            event.add(new Description(e.status == Status.CANCELLED && e.statusMessage != null
                    ? e.statusMessage + "\n\n" + e.description : e.description));
        }
        if (e.venueName != null) {
            event.add(new Location(e.venueAddress == null ? e.venueName : e.venueName + ", " + e.venueAddress));
        }
        if (withOnlineUrl && e.onlineUrl != null) {
            event.add(new Url(URI.create(e.onlineUrl)));
        }
        return event;
    }
}
