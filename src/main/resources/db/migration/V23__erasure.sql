-- Erasure (APPI, GDPR art. 17): an erased account stays as a tombstone row (its id and status DELETED, nothing
-- personal), so that what others wrote keeps its shape. Applications and answers to events lose the link to the
-- person: their member column becomes nullable (several unlinked answers to one event are then allowed).
ALTER TABLE event_rsvp DROP CONSTRAINT event_rsvp_pkey;
ALTER TABLE event_rsvp ALTER COLUMN member_id DROP NOT NULL;
ALTER TABLE event_rsvp ADD CONSTRAINT event_rsvp_once UNIQUE (event_id, member_id);
ALTER TABLE job_application ALTER COLUMN applicant_id DROP NOT NULL;

-- HR's record of each erasure: whose account, who asked (the member themself, or an HR admin with a reason), what
-- became of the member's posts and comments, and when. Nothing personal: the account it names is a tombstone.
CREATE TABLE member_erasure (
    id            uuid PRIMARY KEY,
    member_id     uuid          NOT NULL UNIQUE REFERENCES member (id),
    requested_by  uuid          NOT NULL REFERENCES member (id),
    reason        varchar(1000),
    content       varchar(16)   NOT NULL CHECK (content IN ('KEEP_ANONYMOUS', 'DELETE')),
    erased_at     timestamptz   NOT NULL,
    CHECK (requested_by = member_id OR reason IS NOT NULL)
);
CREATE INDEX member_erasure_newest ON member_erasure (erased_at DESC, id DESC);
