-- A member's personal-data exports (APPI art. 33, GDPR art. 15 and 20): asked for, produced in the background by
-- whichever instance leases the row first, downloadable by the member for a while, then expired (the document goes).
CREATE TABLE member_export (
    id            uuid PRIMARY KEY,
    member_id     uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    status        varchar(8)  NOT NULL CHECK (status IN ('PENDING', 'READY', 'FAILED', 'EXPIRED')),
    requested_at  timestamptz NOT NULL,
    attempts      integer     NOT NULL DEFAULT 0,
    leased_until  timestamptz,
    ready_at      timestamptz,
    expires_at    timestamptz,
    size_bytes    bigint,
    document      bytea,
    CHECK (status <> 'READY' OR (document IS NOT NULL AND expires_at IS NOT NULL))
);
-- One export in the making per member: asking twice at once is settled here.
CREATE UNIQUE INDEX member_export_one_pending ON member_export (member_id) WHERE status = 'PENDING';
-- A member's exports, newest first (and their daily budget); the worker's queue; the expiry sweep.
CREATE INDEX member_export_by_member ON member_export (member_id, requested_at DESC);
CREATE INDEX member_export_due ON member_export (requested_at, id) WHERE status = 'PENDING';
CREATE INDEX member_export_expiry ON member_export (expires_at) WHERE status = 'READY';
