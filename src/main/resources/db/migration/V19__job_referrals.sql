-- Alumni refer candidates to open jobs, with the candidate's consent; HR moves each referral along and keeps a note
-- the referrer never sees.
CREATE TABLE job_referral (
    id               uuid PRIMARY KEY,
    listing_id       uuid          NOT NULL REFERENCES job_listing (id) ON DELETE CASCADE,
    referrer_id      uuid          NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    candidate_name   varchar(100)  NOT NULL,
    candidate_email  varchar(254)  NOT NULL,
    relationship     varchar(200)  NOT NULL,
    note             varchar(2000),
    consented_at     timestamptz   NOT NULL,
    status           varchar(12)   NOT NULL CHECK (status IN ('SUBMITTED', 'CONTACTED', 'INTERVIEWING', 'HIRED', 'NOT_HIRED')),
    hr_note          varchar(5000),
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    version          bigint        NOT NULL DEFAULT 0
);
-- A candidate is referred to a job once (the first referral counts); double submits are settled here.
CREATE UNIQUE INDEX job_referral_once ON job_referral (listing_id, lower(candidate_email));
-- HR's list per job (oldest first), a referrer's own (newest first) and their daily budget.
CREATE INDEX job_referral_by_listing ON job_referral (listing_id, created_at, id);
CREATE INDEX job_referral_by_referrer ON job_referral (referrer_id, created_at DESC, id DESC);
