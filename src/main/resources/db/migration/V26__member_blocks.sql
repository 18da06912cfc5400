-- Blocks between members (issue #15): once either blocks the other, neither sees the other in the directory, on the
-- profile or in attendee lists, and (with conversations) neither may write to the other.
CREATE TABLE member_block (
    blocker_id  uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    blocked_id  uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id),
    CHECK (blocker_id <> blocked_id)
);
-- The other direction: who blocked a member. The primary key serves a member's own list, newest first after a sort.
CREATE INDEX member_block_by_blocked ON member_block (blocked_id, blocker_id);
CREATE INDEX member_block_newest ON member_block (blocker_id, created_at DESC, blocked_id DESC);

-- Who may start a conversation with the member: any active member (MEMBERS), or nobody.
ALTER TABLE member ADD COLUMN messages varchar(8) NOT NULL DEFAULT 'MEMBERS' CHECK (messages IN ('MEMBERS', 'NOBODY'));
