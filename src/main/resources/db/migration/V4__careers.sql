-- Careers: job listings from HR, collaboration opportunities from anyone, applications and their pipeline.
CREATE TABLE job_listing (
    id                  uuid PRIMARY KEY,
    kind                varchar(16)   NOT NULL CHECK (kind IN ('JOB', 'COLLABORATION')),
    title               varchar(200)  NOT NULL,
    description         text          NOT NULL CHECK (char_length(description) BETWEEN 1 AND 20000),
    department          varchar(100),
    location            varchar(100),
    employment_type     varchar(16)   CHECK (employment_type IN ('FULL_TIME', 'CONTRACT', 'PART_TIME')),
    work_style          varchar(16)   CHECK (work_style IN ('ONSITE', 'HYBRID', 'REMOTE')),
    salary_min          integer       CHECK (salary_min >= 0),
    salary_max          integer       CHECK (salary_max >= 0),
    salary_currency     varchar(3),
    poster_company      varchar(100),
    contact_preference  varchar(200),
    skills              varchar(50)[] NOT NULL DEFAULT '{}',
    skill_keys          text[]        NOT NULL DEFAULT '{}',
    closes_at           timestamptz,
    status              varchar(16)   NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    poster_id           uuid          NOT NULL REFERENCES member (id),
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    version             bigint        NOT NULL DEFAULT 0,
    search_text         text          NOT NULL DEFAULT '',
    search_grams        text[]        NOT NULL DEFAULT '{}',
    CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max),
    CHECK ((salary_min IS NULL AND salary_max IS NULL) OR salary_currency IS NOT NULL)
);
-- What members see: open listings newest first, by each filter.
CREATE INDEX job_listing_open ON job_listing (created_at DESC, id DESC) WHERE status = 'OPEN';
CREATE INDEX job_listing_open_by_kind ON job_listing (kind, created_at DESC, id DESC) WHERE status = 'OPEN';
CREATE INDEX job_listing_open_by_work_style ON job_listing (work_style, created_at DESC, id DESC) WHERE status = 'OPEN';
CREATE INDEX job_listing_open_by_employment ON job_listing (employment_type, created_at DESC, id DESC) WHERE status = 'OPEN';
CREATE INDEX job_listing_skills ON job_listing USING gin (skill_keys);
CREATE INDEX job_listing_grams ON job_listing USING gin (search_grams);
-- What HR sees: every listing newest first.
CREATE INDEX job_listing_all ON job_listing (created_at DESC, id DESC);

-- One application per member per listing, whatever the timing: the unique constraint settles double submits.
CREATE TABLE job_application (
    id            uuid PRIMARY KEY,
    listing_id    uuid          NOT NULL REFERENCES job_listing (id),
    applicant_id  uuid          NOT NULL REFERENCES member (id),
    message       varchar(5000),
    resume_url    varchar(500),
    consent_at    timestamptz   NOT NULL,
    status        varchar(16)   NOT NULL CHECK (status IN ('SUBMITTED', 'SCREENING', 'INTERVIEW', 'OFFER', 'HIRED', 'REJECTED', 'WITHDRAWN')),
    hr_note       varchar(5000),
    created_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL,
    version       bigint        NOT NULL DEFAULT 0,
    CONSTRAINT job_application_once UNIQUE (listing_id, applicant_id)
);
CREATE INDEX job_application_by_listing ON job_application (listing_id, created_at, id);
CREATE INDEX job_application_by_applicant ON job_application (applicant_id, created_at DESC, id DESC);

-- Every status change of an application: who, when, from, to.
CREATE TABLE job_application_change (
    id              uuid PRIMARY KEY,
    application_id  uuid        NOT NULL REFERENCES job_application (id),
    actor_id        uuid        NOT NULL REFERENCES member (id),
    changed_at      timestamptz NOT NULL,
    from_status     varchar(16),
    to_status       varchar(16) NOT NULL
);
CREATE INDEX job_application_change_by_application ON job_application_change (application_id, changed_at, id);

-- Re-hire preferences of members open to coming back.
CREATE TABLE rehire_preference (
    member_id       uuid PRIMARY KEY REFERENCES member (id),
    desired_roles   varchar(100)[] NOT NULL DEFAULT '{}',
    earliest_start  date,
    work_style      varchar(16) CHECK (work_style IN ('ONSITE', 'HYBRID', 'REMOTE')),
    note            varchar(2000),
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL DEFAULT 0
);
