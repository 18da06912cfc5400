-- HR's audit log (APPI): every read of personal data by staff or API clients, and every administrative action.
-- Append-only: no code path updates or deletes it, the triggers below refuse it to everyone (superusers included),
-- and only the retention purge may delete, by setting alumni.audit_purge for its transaction.
CREATE TABLE audit_entry (
    id              uuid PRIMARY KEY,
    at              timestamptz  NOT NULL,
    actor_kind      varchar(10)  NOT NULL CHECK (actor_kind IN ('MEMBER', 'API_CLIENT')),
    actor_id        uuid         NOT NULL,
    -- What the actor acted as: HR_ADMIN, MODERATOR or MEMBER for members; API_CLIENT for clients.
    actor_role      varchar(16)  NOT NULL,
    -- An API client's name when it acted (clients are renamed and revoked; the log keeps what it was).
    actor_name      varchar(100),
    action          varchar(64)  NOT NULL,
    target_type     varchar(32)  NOT NULL,
    target_id       varchar(64),
    -- The members whose personal data the request carried (the target member, or the members on a page read).
    subject_ids     uuid[]       NOT NULL DEFAULT '{}',
    request_id      varchar(100),
    client_address  varchar(64),
    outcome         varchar(10)  NOT NULL CHECK (outcome IN ('SUCCEEDED', 'REFUSED', 'FAILED')),
    status          smallint     NOT NULL
);
-- HR's list, newest first, by actor, target or action; a member's access log by the members it concerns.
CREATE INDEX audit_entry_newest ON audit_entry (at DESC, id DESC);
CREATE INDEX audit_entry_actor ON audit_entry (actor_id, at DESC, id DESC);
CREATE INDEX audit_entry_target ON audit_entry (target_id, at DESC, id DESC) WHERE target_id IS NOT NULL;
CREATE INDEX audit_entry_action ON audit_entry (action, at DESC, id DESC);
CREATE INDEX audit_entry_subjects ON audit_entry USING gin (subject_ids);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('alumni.audit_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
-- Where the application connects as a role other than the table's owner, it may not even try.
REVOKE UPDATE, TRUNCATE ON audit_entry FROM PUBLIC;
