-- Users the company's identity provider provisions by SCIM 2.0 (RFC 7643/7644): current employees, kept in the
-- roster without a leaving date. A roster entry is a SCIM User while it has a user_name; its SCIM id is its id.
ALTER TABLE roster_entry ADD COLUMN user_name varchar(254);
ALTER TABLE roster_entry ADD COLUMN external_id varchar(254);
-- The name's parts as the provider sends them (full_name joins them, family name first).
ALTER TABLE roster_entry ADD COLUMN family_name varchar(100);
ALTER TABLE roster_entry ADD COLUMN given_name varchar(100);
-- When HR's invitation to a leaver who agreed to be contacted is due (ALUMNI_ROSTER_INVITE_AFTER after leaving).
ALTER TABLE roster_entry ADD COLUMN invite_due_at timestamptz;

-- userName is unique ignoring case (RFC 7643 §4.1.1: caseExact false); externalId is the provider's own, exact.
CREATE UNIQUE INDEX roster_entry_user_name ON roster_entry (lower(user_name)) WHERE user_name IS NOT NULL;
CREATE UNIQUE INDEX roster_entry_external_id ON roster_entry (external_id) WHERE external_id IS NOT NULL;
-- The provider's list of its users, oldest first (SCIM pages by position).
CREATE INDEX roster_entry_scim_users ON roster_entry (created_at, id) WHERE user_name IS NOT NULL;
-- The poll for invitations that are due.
CREATE INDEX roster_entry_invite_due ON roster_entry (invite_due_at) WHERE invite_due_at IS NOT NULL;
