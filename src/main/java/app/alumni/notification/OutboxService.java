package app.alumni.notification;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.alumni.common.Cursor;
import app.alumni.common.Keyset;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.common.Times;

/** HR's window on the outbox: what is pending, sent or failed, and sending a failed mail again. */
@ApplicationScoped
class OutboxService {

    private final Event<OutboxWritten> written;
    private final Clock clock;

    OutboxService(Event<OutboxWritten> written, Clock clock) {
        this.written = written;
        this.clock = clock;
    }

    @Transactional
    Page<OutboxView> list(OutboxMessage.Status status, int limit, String cursor) {
        ReadOnly.reads(OutboxMessage.getEntityManager());
        StringBuilder where = new StringBuilder("status = :status");
        Map<String, Object> params = new HashMap<>(Map.of("status", status));
        Keyset.after(cursor, "createdAt", "id", true, where, params);
        List<OutboxMessage> rows = OutboxMessage.<OutboxMessage>find(where + " order by createdAt desc, id desc", params)
                .page(0, limit + 1).list();
        return Page.of(rows, limit, OutboxView::of, m -> Cursor.encode(m.createdAt, m.id));
    }

    /** A FAILED message goes back to PENDING with a fresh retry schedule; 409 in any other status. */
    @Transactional
    OutboxView retry(UUID id) {
        OutboxMessage m = OutboxMessage.<OutboxMessage>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(ProblemException::notFound);
        if (m.status != OutboxMessage.Status.FAILED) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.outbox-retry", m.status.name());
        }
        m.retry(Times.now(clock));
        written.fire(new OutboxWritten());
        return OutboxView.of(m);
    }
}
