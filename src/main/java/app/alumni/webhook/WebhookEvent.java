package app.alumni.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One event as it is sent: its body is signed, so it is stored once and sent byte for byte on every attempt. */
@Entity
class WebhookEvent extends PanacheEntityBase {

    @Id
    UUID id;
    String type;
    OffsetDateTime occurredAt;
    String body;
}
