-- Posts: company announcements and member discussions. Derived search keys are maintained by the application.
CREATE TABLE post (
    id                uuid PRIMARY KEY,
    type              varchar(16)  NOT NULL CHECK (type IN ('ANNOUNCEMENT', 'DISCUSSION')),
    author_id         uuid         NOT NULL REFERENCES member (id),
    category          varchar(32)  CHECK (category IN ('COMPANY_NEWS', 'CULTURE_AND_POLICIES', 'CAREERS', 'EVENTS', 'OTHER')),
    title             varchar(200),
    body              text         NOT NULL CHECK (char_length(body) BETWEEN 1 AND 20000),
    tags              varchar(50)[] NOT NULL DEFAULT '{}',
    pinned_until      timestamptz,
    created_at        timestamptz  NOT NULL,
    edited_at         timestamptz,
    deleted_at        timestamptz,
    hidden_at         timestamptz,
    hidden_reason     varchar(1000),
    comment_count     integer      NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
    like_count        integer      NOT NULL DEFAULT 0 CHECK (like_count >= 0),
    celebrate_count   integer      NOT NULL DEFAULT 0 CHECK (celebrate_count >= 0),
    insightful_count  integer      NOT NULL DEFAULT 0 CHECK (insightful_count >= 0),
    support_count     integer      NOT NULL DEFAULT 0 CHECK (support_count >= 0),
    version           bigint       NOT NULL DEFAULT 0,
    search_text       text         NOT NULL DEFAULT '',
    search_grams      text[]       NOT NULL DEFAULT '{}',
    CHECK (type = 'DISCUSSION' OR title IS NOT NULL),
    CHECK (type = 'ANNOUNCEMENT' OR pinned_until IS NULL)
);
-- The feed, newest first, for each of its filters; only listed posts (not deleted, not hidden).
CREATE INDEX post_feed ON post (created_at DESC, id DESC) WHERE deleted_at IS NULL AND hidden_at IS NULL;
CREATE INDEX post_feed_by_type ON post (type, created_at DESC, id DESC) WHERE deleted_at IS NULL AND hidden_at IS NULL;
-- Not partial: it also counts a member's recent posts for the posting limit.
CREATE INDEX post_feed_by_author ON post (author_id, created_at DESC, id DESC);
CREATE INDEX post_feed_grams ON post USING gin (search_grams) WHERE deleted_at IS NULL AND hidden_at IS NULL;
CREATE INDEX post_pinned ON post (pinned_until) WHERE pinned_until IS NOT NULL AND deleted_at IS NULL AND hidden_at IS NULL;

-- One row per tag of a post, ordered like the feed, so that a tag's page 1,000 is as cheap as its page 1.
CREATE TABLE post_tag (
    tag         varchar(50)  NOT NULL,
    post_id     uuid         NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    created_at  timestamptz  NOT NULL,
    PRIMARY KEY (tag, post_id)
);
CREATE INDEX post_tag_feed ON post_tag (tag, created_at DESC, post_id DESC);
CREATE INDEX post_tag_by_post ON post_tag (post_id);

CREATE TABLE post_comment (
    id             uuid PRIMARY KEY,
    post_id        uuid          NOT NULL REFERENCES post (id),
    author_id      uuid          NOT NULL REFERENCES member (id),
    parent_id      uuid          REFERENCES post_comment (id),
    body           varchar(5000) NOT NULL,
    created_at     timestamptz   NOT NULL,
    edited_at      timestamptz,
    deleted_at     timestamptz,
    hidden_at      timestamptz,
    hidden_reason  varchar(1000),
    version        bigint        NOT NULL DEFAULT 0
);
CREATE INDEX post_comment_thread ON post_comment (post_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX post_comment_by_author ON post_comment (author_id, created_at);

-- A member's reaction of one type to one post, at most once: the primary key makes a second PUT a no-op.
CREATE TABLE post_reaction (
    post_id     uuid        NOT NULL REFERENCES post (id),
    member_id   uuid        NOT NULL REFERENCES member (id),
    type        varchar(16) NOT NULL CHECK (type IN ('LIKE', 'CELEBRATE', 'INSIGHTFUL', 'SUPPORT')),
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (post_id, member_id, type)
);
CREATE INDEX post_reaction_by_member ON post_reaction (member_id, post_id);

-- Reports of posts and comments for moderators; one open report per member per item.
CREATE TABLE content_report (
    id            uuid PRIMARY KEY,
    target_type   varchar(16)   NOT NULL CHECK (target_type IN ('POST', 'COMMENT')),
    target_id     uuid          NOT NULL,
    reporter_id   uuid          NOT NULL REFERENCES member (id),
    reason        varchar(1000) NOT NULL,
    status        varchar(16)   NOT NULL CHECK (status IN ('OPEN', 'RESOLVED')),
    action        varchar(16)   CHECK (action IN ('HIDE', 'DISMISS')),
    created_at    timestamptz   NOT NULL,
    resolved_at   timestamptz,
    resolved_by   uuid,
    version       bigint        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX content_report_one_open ON content_report (target_type, target_id, reporter_id) WHERE status = 'OPEN';
CREATE INDEX content_report_queue ON content_report (status, created_at, id);
CREATE INDEX content_report_by_target ON content_report (target_type, target_id) WHERE status = 'OPEN';
