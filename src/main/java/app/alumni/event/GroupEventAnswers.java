package app.alumni.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import app.alumni.member.GroupLeft;

/**
 * Who leaves a closed group gives up their seats (and waitlist places) at its upcoming events: they may no longer see
 * them, so they must not hold a seat or hear of changes. The waitlist moves up as usual.
 */
@ApplicationScoped
class GroupEventAnswers {

    private final RsvpService rsvps;

    GroupEventAnswers(RsvpService rsvps) {
        this.rsvps = rsvps;
    }

    void onGroupLeft(@Observes GroupLeft left) {
        if (!left.closed()) {
            return;
        }
        rsvps.giveUpUpcoming(left.memberId(), left.groupId(), left.at());
    }
}
