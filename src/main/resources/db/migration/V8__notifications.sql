-- Something members should hear about, written in the transaction of the change that causes it; a worker fans it
-- out to its audience after commit (fanned_out_at set in the same transaction as the notifications it creates).
CREATE TABLE notice (
    id             uuid PRIMARY KEY,
    type           varchar(32)  NOT NULL,
    actor_id       uuid REFERENCES member (id) ON DELETE SET NULL,
    subject_kind   varchar(16)  NOT NULL,
    subject_id     uuid         NOT NULL,
    subject_title  varchar(200) NOT NULL,
    audience       jsonb        NOT NULL,
    params         jsonb        NOT NULL DEFAULT '{}',
    created_at     timestamptz  NOT NULL,
    fanned_out_at  timestamptz,
    -- Failed fan-outs (a bug, not load): after a few the notice is set aside with its error.
    attempts       integer      NOT NULL DEFAULT 0,
    last_error     varchar(500)
);
-- The worker's claim: notices not yet fanned out, oldest first.
CREATE INDEX notice_pending ON notice (created_at, id) WHERE fanned_out_at IS NULL;

-- One member's notification. Rows a member turned off in the app are kept (in_app = false) for their digest.
CREATE TABLE notification (
    id             uuid PRIMARY KEY,
    member_id      uuid         NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    notice_id      uuid         NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    type           varchar(32)  NOT NULL,
    actor_id       uuid REFERENCES member (id) ON DELETE SET NULL,
    subject_kind   varchar(16)  NOT NULL,
    subject_id     uuid         NOT NULL,
    subject_title  varchar(200) NOT NULL,
    params         jsonb        NOT NULL DEFAULT '{}',
    count          integer      NOT NULL DEFAULT 1 CHECK (count >= 1),
    in_app         boolean      NOT NULL,
    created_at     timestamptz  NOT NULL,
    read_at        timestamptz
);
-- A member's list, newest first (all, and unread only), and the unread count.
CREATE INDEX notification_by_member ON notification (member_id, created_at DESC, id DESC) WHERE in_app;
CREATE INDEX notification_unread_by_member ON notification (member_id, created_at DESC, id DESC) WHERE in_app AND read_at IS NULL;
-- Reactions collapse: one unread notification per post and member, its count growing.
CREATE UNIQUE INDEX notification_unread_reactions ON notification (member_id, subject_id)
    WHERE type = 'POST_REACTED' AND read_at IS NULL;
-- Which members a fanned-out notice reached (the live stream asks per notice).
CREATE INDEX notification_by_notice ON notification (notice_id);

-- A member's choices: per type, in the app or not and how it is mailed; the digest's rhythm. No row: the defaults.
CREATE TABLE notification_preference (
    member_id       uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
    settings        jsonb        NOT NULL DEFAULT '{}',
    digest          varchar(8)   NOT NULL DEFAULT 'WEEKLY' CHECK (digest IN ('DAILY', 'WEEKLY', 'OFF')),
    last_digest_at  timestamptz,
    updated_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0
);

-- The secret of a member's one-click unsubscribe link for one kind of mail (a notification type, or DIGEST).
CREATE TABLE unsubscribe_token (
    token      varchar(64) PRIMARY KEY,
    member_id  uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    kind       varchar(32) NOT NULL,
    UNIQUE (member_id, kind)
);

-- Events remind those going a day ahead, once (cleared when an event moves to a new time).
ALTER TABLE event ADD COLUMN reminded_at timestamptz;
CREATE INDEX event_reminders_due ON event (starts_at) WHERE status = 'PUBLISHED' AND reminded_at IS NULL;
