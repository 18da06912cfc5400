-- Surveys: questionnaires HR runs for an audience within a time window.
CREATE TABLE survey (
    id           uuid PRIMARY KEY,
    title        varchar(200)  NOT NULL,
    description  varchar(5000) NOT NULL DEFAULT '',
    anonymous    boolean       NOT NULL,
    audience     varchar(16)   NOT NULL CHECK (audience IN ('ALL', 'ALUMNI', 'EMPLOYEES')),
    opens_at     timestamptz   NOT NULL,
    closes_at    timestamptz   NOT NULL,
    status       varchar(16)   NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    created_by   uuid          NOT NULL REFERENCES member (id),
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL,
    version      bigint        NOT NULL DEFAULT 0,
    CHECK (closes_at > opens_at)
);
CREATE INDEX survey_newest ON survey (created_at DESC, id DESC);
CREATE INDEX survey_open ON survey (status, closes_at) WHERE status = 'OPEN';

CREATE TABLE survey_question (
    id               uuid PRIMARY KEY,
    survey_id        uuid          NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    position         integer       NOT NULL,
    type             varchar(16)   NOT NULL CHECK (type IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'NPS', 'TEXT')),
    prompt           varchar(1000) NOT NULL,
    required         boolean       NOT NULL,
    min_selections   integer,
    max_selections   integer,
    max_length       integer,
    scale_min_label  varchar(100),
    scale_max_label  varchar(100),
    UNIQUE (survey_id, position)
);

CREATE TABLE survey_option (
    id           uuid PRIMARY KEY,
    question_id  uuid         NOT NULL REFERENCES survey_question (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    label        varchar(200) NOT NULL,
    UNIQUE (question_id, position)
);

-- Who responded. Kept apart from what was answered: for anonymous surveys nothing links the two.
CREATE TABLE survey_participation (
    survey_id     uuid        NOT NULL REFERENCES survey (id),
    member_id     uuid        NOT NULL REFERENCES member (id),
    responded_on  date        NOT NULL,
    PRIMARY KEY (survey_id, member_id)
);
CREATE INDEX survey_participation_by_member ON survey_participation (member_id);

-- What was answered. member_id and submitted_at only for surveys that are not anonymous.
CREATE TABLE survey_response (
    id            uuid PRIMARY KEY,
    survey_id     uuid        NOT NULL REFERENCES survey (id),
    member_id     uuid        REFERENCES member (id),
    submitted_at  timestamptz
);
CREATE INDEX survey_response_by_survey ON survey_response (survey_id, id);

CREATE TABLE survey_answer (
    response_id  uuid          NOT NULL REFERENCES survey_response (id),
    question_id  uuid          NOT NULL REFERENCES survey_question (id),
    option_ids   uuid[],
    value        integer,
    text         varchar(5000),
    PRIMARY KEY (response_id, question_id)
);
CREATE INDEX survey_answer_by_question ON survey_answer (question_id);

-- The feedback box: ideas and requests from members, answered by HR.
CREATE TABLE feedback (
    id          uuid PRIMARY KEY,
    author_id   uuid          NOT NULL REFERENCES member (id),
    category    varchar(16)   NOT NULL CHECK (category IN ('IDEA', 'REQUEST', 'PROBLEM', 'OTHER')),
    message     varchar(5000) NOT NULL,
    status      varchar(16)   NOT NULL CHECK (status IN ('NEW', 'UNDER_REVIEW', 'PLANNED', 'DONE', 'DECLINED')),
    reply       varchar(5000),
    replied_by  uuid,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    version     bigint        NOT NULL DEFAULT 0
);
CREATE INDEX feedback_newest ON feedback (created_at DESC, id DESC);
CREATE INDEX feedback_by_author ON feedback (author_id, created_at DESC, id DESC);
CREATE INDEX feedback_by_status ON feedback (status, created_at DESC, id DESC);
CREATE INDEX feedback_by_category ON feedback (category, created_at DESC, id DESC);
