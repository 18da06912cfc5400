-- A member's mails, found without reading the outbox: an erased member's are removed, also those that were being
-- sent at the moment of the erasure (the worker holds their rows; the erasure does not wait for an SMTP server).
CREATE INDEX mail_outbox_by_member ON mail_outbox (member_id) WHERE member_id IS NOT NULL;
