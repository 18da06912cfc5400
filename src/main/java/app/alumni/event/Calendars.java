package app.alumni.event;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

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

import app.alumni.event.EventEnums.Status;

/**
 * RFC 5545 calendars of events, written with ical4j: a stable UID per event, start and end in the event's own
 * time zone (with its VTIMEZONE), STATUS:CANCELLED for cancelled events and a SEQUENCE that grows with each change.
 */
@ApplicationScoped
class Calendars {

    static final String MEDIA_TYPE = "text/calendar";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** {@code withOnlineUrl} tells, per event, whether the reader may see its online link. */
    String write(Collection<Event> events, java.util.function.Predicate<Event> withOnlineUrl) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Alumni API//Events//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH);
        Set<String> zoneIds = new LinkedHashSet<>();
        for (Event e : events) {
            zoneIds.add(e.timeZone);
        }
        for (String zoneId : zoneIds) {
            var zone = zones.getTimeZone(zoneId);
            if (zone != null) {
                calendar.add(zone.getVTimeZone());
            }
        }
        for (Event e : events) {
            calendar.add(vevent(e, withOnlineUrl.test(e)));
        }
        return calendar.toString();
    }

    private VEvent vevent(Event e, boolean withOnlineUrl) {
        ZoneId zone = ZoneId.of(e.timeZone);
        VEvent event = new VEvent(e.startsAt.atZoneSameInstant(zone), e.endsAt.atZoneSameInstant(zone), e.title);
        event.replace(new DtStamp(Instant.now()));
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
