package app.alumni.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * How a feature tells members of something it did: it fires a {@link Notice} as a CDI event inside its transaction,
 * which the notifications feature observes. No feature imports notifications.
 */
@ApplicationScoped
public class Notices {

    private final Event<Notice> event;

    Notices(Event<Notice> event) {
        this.event = event;
    }

    public void fire(Notice notice) {
        event.fire(notice);
    }
}
