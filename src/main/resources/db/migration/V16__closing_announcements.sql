-- Listings and surveys close by themselves at closes_at; HR's systems are told once (job.closed, survey.closed),
-- by whichever instance gets there first.
ALTER TABLE job_listing ADD COLUMN closing_announced_at timestamptz;
ALTER TABLE survey ADD COLUMN closing_announced_at timestamptz;
CREATE INDEX job_listing_closing_due ON job_listing (closes_at) WHERE status = 'OPEN' AND closing_announced_at IS NULL;
CREATE INDEX survey_closing_due ON survey (closes_at) WHERE status = 'OPEN' AND closing_announced_at IS NULL;
