-- One row per member and digest period: inserting it claims that member's digest for the period, so each digest is
-- mailed once, whichever instance (or HR's "run now") gets there first.
CREATE TABLE digest_delivery (
    member_id     uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    frequency     varchar(8)  NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY')),
    period_start  timestamptz NOT NULL,
    created_at    timestamptz NOT NULL,
    mailed        boolean     NOT NULL,
    PRIMARY KEY (member_id, frequency, period_start)
);
-- A member's previous digest (what the next one starts after).
CREATE INDEX digest_delivery_latest ON digest_delivery (member_id, created_at DESC);
CREATE INDEX notification_by_member_for_digest ON notification (member_id, created_at);
