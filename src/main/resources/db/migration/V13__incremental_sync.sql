-- Incremental sync for HR's systems: each list they read in the order of change (updated_at, id) and, for the lists
-- that had none, in the order of creation across every listing or status.
CREATE INDEX member_changes ON member (updated_at, id);
CREATE INDEX member_accounts ON member (created_at, id);
CREATE INDEX job_application_changes ON job_application (updated_at, id);
CREATE INDEX job_application_all ON job_application (created_at, id);
CREATE INDEX job_listing_changes ON job_listing (updated_at, id);
CREATE INDEX event_changes ON event (updated_at, id);
CREATE INDEX feedback_changes ON feedback (updated_at, id);
