-- Private conversations between members (issue #15). Only participants read them, HR included: no other path does.
CREATE TABLE conversation (
    id               uuid PRIMARY KEY,
    -- A conversation of two: both ids in order, so that starting one with the same person again reuses it.
    pair_key         varchar(73) UNIQUE,
    created_by       uuid        NOT NULL REFERENCES member (id),
    created_at       timestamptz NOT NULL,
    last_message_at  timestamptz NOT NULL
);
-- A member's new conversations of the last day (the daily budget).
CREATE INDEX conversation_by_creator ON conversation (created_by, created_at);

CREATE TABLE conversation_participant (
    conversation_id   uuid        NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    member_id         uuid        NOT NULL REFERENCES member (id),
    joined_at         timestamptz NOT NULL,
    left_at           timestamptz,
    -- Messages up to this moment are read (null: none yet).
    read_up_to        timestamptz,
    -- The conversation's latest message, copied here so that a member's inbox is one index range.
    last_activity_at  timestamptz NOT NULL,
    PRIMARY KEY (conversation_id, member_id)
);
CREATE INDEX conversation_inbox ON conversation_participant (member_id, last_activity_at DESC, conversation_id DESC)
    WHERE left_at IS NULL;

CREATE TABLE conversation_message (
    id               uuid PRIMARY KEY,
    conversation_id  uuid          NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    author_id        uuid          NOT NULL REFERENCES member (id),
    body             varchar(5000) NOT NULL,
    created_at       timestamptz   NOT NULL,
    deleted_at       timestamptz
);
-- A conversation's messages, newest first; a member's messages of the last minute (the posting limit).
CREATE INDEX conversation_message_page ON conversation_message (conversation_id, created_at DESC, id DESC);
CREATE INDEX conversation_message_by_author ON conversation_message (author_id, created_at);
