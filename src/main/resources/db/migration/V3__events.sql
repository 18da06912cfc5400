-- Events: HR publishes them; members propose community events that HR approves.
CREATE TABLE event (
    id                uuid PRIMARY KEY,
    title             varchar(200)  NOT NULL,
    description       text          NOT NULL DEFAULT '' CHECK (char_length(description) <= 20000),
    starts_at         timestamptz   NOT NULL,
    ends_at           timestamptz   NOT NULL,
    time_zone         varchar(64)   NOT NULL,
    format            varchar(16)   NOT NULL CHECK (format IN ('ONLINE', 'IN_PERSON', 'HYBRID')),
    venue_name        varchar(200),
    venue_address     varchar(300),
    online_url        varchar(500),
    capacity          integer       CHECK (capacity > 0),
    rsvp_deadline     timestamptz,
    tags              varchar(50)[] NOT NULL DEFAULT '{}',
    organiser_id      uuid          NOT NULL REFERENCES member (id),
    status            varchar(16)   NOT NULL CHECK (status IN ('PROPOSED', 'PUBLISHED', 'REJECTED', 'CANCELLED')),
    status_message    varchar(1000),
    going_count       integer       NOT NULL DEFAULT 0 CHECK (going_count >= 0),
    waitlist_count    integer       NOT NULL DEFAULT 0 CHECK (waitlist_count >= 0),
    sequence          integer       NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    version           bigint        NOT NULL DEFAULT 0,
    search_text       text          NOT NULL DEFAULT '',
    search_grams      text[]        NOT NULL DEFAULT '{}',
    CHECK (ends_at > starts_at),
    -- The database itself never lets more members go than there are seats.
    CHECK (capacity IS NULL OR going_count <= capacity)
);
-- Listed events (published or cancelled) by start: upcoming soonest first, past latest first.
CREATE INDEX event_listing ON event (starts_at, id) WHERE status IN ('PUBLISHED', 'CANCELLED');
CREATE INDEX event_proposals ON event (status, created_at, id) WHERE status IN ('PROPOSED', 'REJECTED');
CREATE INDEX event_tags ON event USING gin (tags) WHERE status IN ('PUBLISHED', 'CANCELLED');
CREATE INDEX event_grams ON event USING gin (search_grams) WHERE status IN ('PUBLISHED', 'CANCELLED');

-- One answer per member per event; the waitlist is ordered by when each member asked to go.
CREATE TABLE event_rsvp (
    event_id       uuid        NOT NULL REFERENCES event (id),
    member_id      uuid        NOT NULL REFERENCES member (id),
    status         varchar(16) NOT NULL CHECK (status IN ('GOING', 'WAITLISTED', 'NOT_GOING')),
    requested_at   timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    checked_in_at  timestamptz,
    PRIMARY KEY (event_id, member_id)
);
CREATE INDEX event_rsvp_queue ON event_rsvp (event_id, status, requested_at, member_id);
CREATE INDEX event_rsvp_by_member ON event_rsvp (member_id, status);

-- The secret of each member's calendar subscription URL.
CREATE TABLE calendar_feed (
    member_id   uuid PRIMARY KEY REFERENCES member (id),
    token       varchar(64) NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL
);
