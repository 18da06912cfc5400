package app.alumni.notification;

/** Fired in a transaction that wrote to the outbox; its commit wakes the delivery worker. */
record OutboxWritten() {
}
