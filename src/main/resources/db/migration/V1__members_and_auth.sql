-- Members: accounts, profiles and the derived keys the directory searches and sorts by.
CREATE TABLE member (
    id                          uuid PRIMARY KEY,
    email                       varchar(254) NOT NULL,
    password_hash               varchar(100) NOT NULL,
    status                      varchar(16)  NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'SUSPENDED', 'REJECTED', 'DELETED')),
    affiliation                 varchar(16)  NOT NULL CHECK (affiliation IN ('ALUMNUS', 'EMPLOYEE')),
    roles                       varchar(16)[] NOT NULL DEFAULT '{}',
    employee_number             varchar(32),
    full_name                   varchar(100) NOT NULL,
    full_name_kana              varchar(100),
    display_name                varchar(50)  NOT NULL,
    avatar_url                  varchar(500),
    headline                    varchar(150),
    bio                         varchar(2000),
    current_company             varchar(100),
    current_title               varchar(100),
    industry                    varchar(60),
    location                    varchar(100),
    skills                      varchar(50)[]  NOT NULL DEFAULT '{}',
    links                       varchar(500)[] NOT NULL DEFAULT '{}',
    joined_on                   date,
    left_on                     date,
    last_department             varchar(100),
    departments                 varchar(100)[] NOT NULL DEFAULT '{}',
    open_to                     varchar(16)[]  NOT NULL DEFAULT '{}',
    preferred_language          varchar(2)   NOT NULL DEFAULT 'ja' CHECK (preferred_language IN ('ja', 'en')),
    show_email                  boolean      NOT NULL DEFAULT false,
    show_career                 boolean      NOT NULL DEFAULT true,
    privacy_policy_version      varchar(32)  NOT NULL,
    privacy_policy_accepted_at  timestamptz  NOT NULL,
    rejection_reason            varchar(1000),
    reviewed_by                 uuid,
    reviewed_at                 timestamptz,
    created_at                  timestamptz  NOT NULL,
    updated_at                  timestamptz  NOT NULL,
    version                     bigint       NOT NULL DEFAULT 0,
    -- Derived on every write by the application (TextKeys); career keys are empty when the member hides the career section.
    search_text                 text         NOT NULL DEFAULT '',
    search_grams                text[]       NOT NULL DEFAULT '{}',
    sort_name                   text COLLATE "C" NOT NULL,
    skill_keys                  text[]       NOT NULL DEFAULT '{}',
    industry_key                text,
    department_keys             text[]       NOT NULL DEFAULT '{}',
    left_year                   integer,
    CHECK (joined_on IS NULL OR left_on IS NULL OR joined_on <= left_on)
);

-- E-mail addresses are unique ignoring case.
CREATE UNIQUE INDEX member_email_unique ON member (lower(email));
-- HR's registration queue: by status, oldest first.
CREATE INDEX member_registration_queue ON member (status, created_at, id);
-- The directory (active members only): its order and each of its filters.
CREATE INDEX member_directory_order ON member (sort_name, id) WHERE status = 'ACTIVE';
CREATE INDEX member_directory_grams ON member USING gin (search_grams) WHERE status = 'ACTIVE';
CREATE INDEX member_directory_skills ON member USING gin (skill_keys) WHERE status = 'ACTIVE';
CREATE INDEX member_directory_open_to ON member USING gin (open_to) WHERE status = 'ACTIVE';
CREATE INDEX member_directory_departments ON member USING gin (department_keys) WHERE status = 'ACTIVE';
CREATE INDEX member_directory_industry ON member (industry_key, sort_name, id) WHERE status = 'ACTIVE';
CREATE INDEX member_directory_left_year ON member (left_year, sort_name, id) WHERE status = 'ACTIVE';
-- Counting the remaining HR admins.
CREATE INDEX member_active_hr_admins ON member (id) WHERE status = 'ACTIVE' AND 'HR_ADMIN' = ANY (roles);

-- Refresh tokens: opaque to clients, stored as SHA-256; a family is one sign-in and its rotations.
CREATE TABLE refresh_token (
    id          uuid PRIMARY KEY,
    member_id   uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    family_id   uuid        NOT NULL,
    token_hash  varchar(64) NOT NULL UNIQUE,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    revoked_at  timestamptz
);
CREATE INDEX refresh_token_family ON refresh_token (family_id);
CREATE INDEX refresh_token_live_by_member ON refresh_token (member_id) WHERE revoked_at IS NULL;

-- Failed sign-in counters per account and per client address (keys are SHA-256 of the subject).
CREATE TABLE login_throttle (
    throttle_key       varchar(80) PRIMARY KEY,
    failures           integer     NOT NULL,
    window_started_at  timestamptz NOT NULL,
    locked_until       timestamptz
);
