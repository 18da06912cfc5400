-- Machine clients of HR's systems (OAuth 2.0 client credentials). The secret is 256 random bits, stored as SHA-256.
CREATE TABLE api_client (
    id                 uuid PRIMARY KEY,
    name               varchar(100)  NOT NULL,
    scopes             varchar(32)[] NOT NULL,
    secret_hash        varchar(64)   NOT NULL,
    created_by         uuid REFERENCES member (id) ON DELETE SET NULL,
    created_at         timestamptz   NOT NULL,
    secret_rotated_at  timestamptz,
    revoked_at         timestamptz,
    version            bigint        NOT NULL DEFAULT 0
);
-- HR's list, newest first.
CREATE INDEX api_client_by_creation ON api_client (created_at, id);
