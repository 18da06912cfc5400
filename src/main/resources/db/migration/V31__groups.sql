-- Groups (issue #15): smaller circles than the whole community. HR's are official; members propose theirs for HR to
-- approve. "group" is an SQL keyword, hence community_group.
CREATE TABLE community_group (
    id              uuid PRIMARY KEY,
    name            varchar(80)   NOT NULL,
    -- The name as searches and sorting see it (NFKC, lower case, hiragana): one live group per name.
    name_key        varchar(80)   NOT NULL,
    description     varchar(2000) NOT NULL DEFAULT '',
    kind            varchar(16)   NOT NULL CHECK (kind IN ('DEPARTMENT', 'REGION', 'COHORT', 'INTEREST')),
    visibility      varchar(8)    NOT NULL CHECK (visibility IN ('OPEN', 'CLOSED')),
    status          varchar(16)   NOT NULL CHECK (status IN ('PROPOSED', 'ACTIVE', 'REJECTED')),
    official        boolean       NOT NULL,
    created_by      uuid REFERENCES member (id),
    status_message  varchar(1000),
    member_count    integer       NOT NULL DEFAULT 0 CHECK (member_count >= 0),
    search_text     text          NOT NULL DEFAULT '',
    search_grams    text[]        NOT NULL DEFAULT '{}',
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    version         bigint        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX community_group_name ON community_group (name_key) WHERE status <> 'REJECTED';
-- The list: active groups newest first, by kind, by words (grams), and proposals for HR oldest first.
CREATE INDEX community_group_active ON community_group (created_at DESC, id DESC) WHERE status = 'ACTIVE';
CREATE INDEX community_group_by_kind ON community_group (kind, created_at DESC, id DESC) WHERE status = 'ACTIVE';
CREATE INDEX community_group_grams ON community_group USING gin (search_grams) WHERE status = 'ACTIVE';
CREATE INDEX community_group_review ON community_group (status, created_at, id) WHERE status <> 'ACTIVE';

-- Who is in a group (ACTIVE) or asked to join a closed one (PENDING), and as what.
CREATE TABLE group_membership (
    group_id      uuid        NOT NULL REFERENCES community_group (id) ON DELETE CASCADE,
    member_id     uuid        NOT NULL REFERENCES member (id),
    role          varchar(8)  NOT NULL CHECK (role IN ('MEMBER', 'ADMIN')),
    status        varchar(8)  NOT NULL CHECK (status IN ('ACTIVE', 'PENDING')),
    requested_at  timestamptz NOT NULL,
    joined_at     timestamptz,
    PRIMARY KEY (group_id, member_id),
    CHECK (status = 'PENDING' OR joined_at IS NOT NULL)
);
-- A member's groups (the "mine" list and whether they may see a closed group's content).
CREATE INDEX group_membership_by_member ON group_membership (member_id, group_id);
-- A group's members or requests, in the order they joined or asked.
CREATE INDEX group_membership_list ON group_membership (group_id, status, requested_at, member_id);

-- Join requests collapse like reactions: one unread notification per group and admin, its count growing.
CREATE UNIQUE INDEX notification_unread_join_requests ON notification (member_id, subject_id)
    WHERE type = 'GROUP_JOIN_REQUESTED' AND read_at IS NULL;
