-- Webhooks: HR's systems subscribe endpoints to event types; each event is stored once, with one delivery per
-- subscribed endpoint, written in the transaction of the change and sent after it commits.
CREATE TABLE webhook_endpoint (
    id                         uuid          PRIMARY KEY,
    url                        varchar(2000) NOT NULL,
    description                varchar(500),
    events                     varchar(40)[] NOT NULL,
    active                     boolean       NOT NULL,
    -- The signing secret (whsec_ + base64): kept as is, since signing needs it; shown to HR once.
    secret                     varchar(100)  NOT NULL,
    previous_secret            varchar(100),
    previous_secret_until      timestamptz,
    disabled_at                timestamptz,
    disabled_reason            varchar(300),
    created_by                 uuid REFERENCES member (id),
    created_by_client          uuid REFERENCES api_client (id),
    created_at                 timestamptz   NOT NULL,
    updated_at                 timestamptz   NOT NULL,
    version                    bigint        NOT NULL DEFAULT 0,
    CHECK ((created_by IS NULL) <> (created_by_client IS NULL))
);
CREATE INDEX webhook_endpoint_keyset ON webhook_endpoint (created_at, id);
CREATE INDEX webhook_endpoint_active_events ON webhook_endpoint USING gin (events) WHERE active;

CREATE TABLE webhook_event (
    id          uuid        PRIMARY KEY,
    type        varchar(40) NOT NULL,
    occurred_at timestamptz NOT NULL,
    -- The exact JSON that is sent and signed, the same on every attempt.
    body        text        NOT NULL
);

CREATE TABLE webhook_delivery (
    id               uuid        PRIMARY KEY,
    endpoint_id      uuid        NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_id         uuid        NOT NULL REFERENCES webhook_event (id),
    status           varchar(10) NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    -- A worker that took the delivery holds it until then (so no other instance sends it meanwhile).
    leased_until     timestamptz,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_duration_ms integer,
    last_error       varchar(300),
    created_at       timestamptz NOT NULL,
    delivered_at     timestamptz,
    UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_of_endpoint ON webhook_delivery (endpoint_id, created_at DESC, id DESC);
CREATE INDEX webhook_delivery_event ON webhook_delivery (event_id);
