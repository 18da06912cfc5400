package app.alumni.member;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/** Where features say what happened for HR's systems (see {@link IntegrationEvent}). */
@ApplicationScoped
public class Integrations {

    private final Event<IntegrationEvent> events;

    Integrations(Event<IntegrationEvent> events) {
        this.events = events;
    }

    /** Records the event in the caller's transaction; it is delivered after the transaction commits. */
    public void publish(String type, Map<String, Object> data) {
        events.fire(new IntegrationEvent(type, data));
    }
}
