package app.alumni.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The webhook feature's SQL, where PostgreSQL is the point: an event reaches every subscribed endpoint in one
 * statement, and workers on any number of instances take due deliveries without ever taking the same one.
 */
@ApplicationScoped
class WebhookQueries {

    private final EntityManager em;

    WebhookQueries(EntityManager em) {
        this.em = em;
    }

    /** Whether any active endpoint subscribes to the type (most events have no subscriber: they cost this one query). */
    boolean subscribed(String type) {
        return (Boolean) em.createNativeQuery("""
                select exists (select 1 from webhook_endpoint where active and events @> array[cast(:type as varchar)])""")
                .setParameter("type", type).getSingleResult();
    }

    /** One pending delivery per active endpoint subscribed to the event's type (or to {@code onlyEndpoint}, for a ping). */
    int deliver(UUID eventId, String type, UUID onlyEndpoint, OffsetDateTime now) {
        return em.createNativeQuery("""
                insert into webhook_delivery (id, endpoint_id, event_id, status, attempts, next_attempt_at, created_at)
                select gen_random_uuid(), e.id, :event, 'PENDING', 0, :now, :now
                from webhook_endpoint e
                where case when cast(:only as uuid) is null then e.active and e.events @> array[cast(:type as varchar)]
                           else e.id = cast(:only as uuid) end""")
                .setParameter("event", eventId)
                .setParameter("type", type)
                .setParameter("only", onlyEndpoint == null ? null : onlyEndpoint.toString())
                .setParameter("now", now)
                .executeUpdate();
    }

    /**
     * Takes up to {@code max} due deliveries of active endpoints (pings are sent to inactive ones too) for this worker
     * until {@code leaseUntil}: rows another worker is taking are skipped, and taken ones are not due for anyone else
     * until the lease ends, so a delivery is never sent by two workers at once.
     */
    @SuppressWarnings("unchecked")
    List<UUID> lease(OffsetDateTime now, OffsetDateTime leaseUntil, int max) {
        return em.createNativeQuery("""
                update webhook_delivery set leased_until = :until
                where id in (select d.id from webhook_delivery d
                             join webhook_endpoint e on e.id = d.endpoint_id
                             join webhook_event ev on ev.id = d.event_id
                             where d.status = 'PENDING' and d.next_attempt_at <= :now
                               and (d.leased_until is null or d.leased_until <= :now)
                               and (e.active or ev.type = 'webhook.ping')
                             order by d.next_attempt_at
                             limit :max
                             for update of d skip locked)
                returning id""", UUID.class)
                .setParameter("now", now)
                .setParameter("until", leaseUntil)
                .setParameter("max", max)
                .getResultList();
    }

    /** Whether the endpoint had a delivery succeed since {@code since}. */
    boolean succeededSince(UUID endpointId, OffsetDateTime since) {
        return WebhookDelivery.count("endpointId = ?1 and deliveredAt >= ?2", endpointId, since) > 0;
    }
}
