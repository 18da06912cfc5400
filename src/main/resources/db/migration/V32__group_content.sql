-- Posts and events can belong to a group (#15). A closed group's content is for its members and HR only; each read
-- path checks that with two primary-key probes (see GroupAccess).
ALTER TABLE post ADD COLUMN group_id uuid REFERENCES community_group (id);
ALTER TABLE event ADD COLUMN group_id uuid REFERENCES community_group (id);
-- A group's feed, newest first, and its events by start.
CREATE INDEX post_group_feed ON post (group_id, created_at DESC, id DESC)
    WHERE group_id IS NOT NULL AND deleted_at IS NULL AND hidden_at IS NULL;
CREATE INDEX event_group_listing ON event (group_id, starts_at, id)
    WHERE group_id IS NOT NULL AND status IN ('PUBLISHED', 'CANCELLED');
-- The group a report's item belongs to, so that the group's admins find the reports they may resolve.
ALTER TABLE content_report ADD COLUMN group_id uuid REFERENCES community_group (id);
CREATE INDEX content_report_by_group ON content_report (group_id, status, created_at, id) WHERE group_id IS NOT NULL;
