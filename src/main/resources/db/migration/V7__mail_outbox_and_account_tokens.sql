-- When the member proved that their e-mail address reaches them (null: not yet).
ALTER TABLE member ADD COLUMN email_verified_at timestamptz;

-- Single-use secrets mailed to a member: address verification, an address change, a password reset. Only the SHA-256
-- of a token is kept; the token itself exists in the mail that carries it.
CREATE TABLE account_token (
    token_hash  varchar(64) PRIMARY KEY,
    member_id   uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    purpose     varchar(16) NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'CHANGE_EMAIL', 'RESET_PASSWORD')),
    new_email   varchar(254),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    CHECK ((purpose = 'CHANGE_EMAIL') = (new_email IS NOT NULL))
);
-- A new token of a purpose retires the member's earlier ones.
CREATE INDEX account_token_live ON account_token (member_id, purpose) WHERE used_at IS NULL;

-- Mails to send, written in the transaction of the change that causes them and delivered by a worker after commit.
-- A message is rendered when it is sent (template, language and parameters), so a row stays small.
CREATE TABLE mail_outbox (
    id               uuid PRIMARY KEY,
    template         varchar(40)  NOT NULL,
    member_id        uuid REFERENCES member (id) ON DELETE CASCADE,
    recipient        varchar(254) NOT NULL,
    language         varchar(2)   NOT NULL CHECK (language IN ('ja', 'en')),
    params           jsonb        NOT NULL DEFAULT '{}',
    status           varchar(8)   NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL,
    last_error       varchar(500),
    created_at       timestamptz  NOT NULL,
    sent_at          timestamptz
);
-- The worker's claim: due pending messages, oldest due first.
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at, id) WHERE status = 'PENDING';
-- HR's view of the outbox by status, newest first.
CREATE INDEX mail_outbox_by_status ON mail_outbox (status, created_at, id);
