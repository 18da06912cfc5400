-- Who edited or deleted a post or comment: its author, or a moderator or HR admin acting on it.
ALTER TABLE post ADD COLUMN edited_by uuid REFERENCES member (id) ON DELETE SET NULL;
ALTER TABLE post ADD COLUMN deleted_by uuid REFERENCES member (id) ON DELETE SET NULL;
ALTER TABLE post_comment ADD COLUMN edited_by uuid REFERENCES member (id) ON DELETE SET NULL;
ALTER TABLE post_comment ADD COLUMN deleted_by uuid REFERENCES member (id) ON DELETE SET NULL;

-- The posting limit counts a member's listings of the last minute.
CREATE INDEX job_listing_by_poster ON job_listing (poster_id, created_at);
