package app.alumni.member;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * How a feature tells members of something it did: it fires a {@link Notice} as a CDI event inside its transaction,
 * which the notifications feature observes. No feature imports notifications.
 */
@ApplicationScoped
public class Notices {

    private final Event<Notice> event;
    private final Event<Notice.Settled> settled;

    Notices(Event<Notice> event, Event<Notice.Settled> settled) {
        this.event = event;
        this.settled = settled;
    }

    public void fire(Notice notice) {
        event.fire(notice);
    }

    /** The member did what they were told about (see {@link Notice.Settled}). */
    public void settled(UUID memberId, Notice.SubjectKind kind, UUID subjectId) {
        settled.fire(new Notice.Settled(memberId, kind, subjectId));
    }
}
