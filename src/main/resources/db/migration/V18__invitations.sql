-- Invitations to join: HR's, to people on the roster, and members', to former colleagues. The mailed link carries a
-- token of which only the SHA-256 is kept; an invitation is used once.
CREATE TABLE invitation (
    id                 uuid PRIMARY KEY,
    kind               varchar(8)   NOT NULL CHECK (kind IN ('HR', 'MEMBER')),
    token_hash         varchar(64)  NOT NULL UNIQUE,
    email              varchar(254) NOT NULL,
    name               varchar(100),
    message            varchar(1000),
    roster_entry_id    uuid REFERENCES roster_entry (id) ON DELETE CASCADE,
    invited_by         uuid REFERENCES member (id) ON DELETE CASCADE,
    invited_by_client  uuid,
    status             varchar(8)   NOT NULL CHECK (status IN ('SENT', 'ACCEPTED', 'REVOKED', 'EXPIRED')),
    sent_at            timestamptz  NOT NULL,
    expires_at         timestamptz  NOT NULL,
    accepted_at        timestamptz,
    accepted_by        uuid REFERENCES member (id) ON DELETE SET NULL,
    revoked_at         timestamptz,
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    version            bigint       NOT NULL DEFAULT 0,
    CHECK (kind = 'MEMBER' OR roster_entry_id IS NOT NULL),
    CHECK (kind = 'HR' OR invited_by IS NOT NULL)
);
-- One live HR invitation per address, and one live invitation per member and address: sending twice at once is
-- settled here. (An expired invitation is marked EXPIRED before the address is invited again.)
CREATE UNIQUE INDEX invitation_live_hr ON invitation (lower(email)) WHERE status = 'SENT' AND kind = 'HR';
CREATE UNIQUE INDEX invitation_live_member ON invitation (invited_by, lower(email)) WHERE status = 'SENT' AND kind = 'MEMBER';
-- HR's list (by status, newest first), a member's own invitations and their daily budget, an entry's invitations.
CREATE INDEX invitation_by_status ON invitation (status, created_at DESC, id DESC);
CREATE INDEX invitation_newest ON invitation (created_at DESC, id DESC);
CREATE INDEX invitation_by_member ON invitation (invited_by, created_at DESC, id DESC) WHERE kind = 'MEMBER';
CREATE INDEX invitation_by_entry ON invitation (roster_entry_id) WHERE roster_entry_id IS NOT NULL;

-- Who brought a member in (a member's invitation they registered through).
ALTER TABLE member ADD COLUMN referred_by uuid REFERENCES member (id) ON DELETE SET NULL;
