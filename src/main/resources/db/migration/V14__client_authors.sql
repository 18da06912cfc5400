-- What HR's systems publish is by the organisation, attributed to the API client that published it: an announcement,
-- an official event, a job listing has a member or a client behind it, exactly one.
ALTER TABLE post ALTER COLUMN author_id DROP NOT NULL;
ALTER TABLE post ADD COLUMN author_client uuid REFERENCES api_client (id);
ALTER TABLE post ADD CONSTRAINT post_one_author CHECK ((author_id IS NULL) <> (author_client IS NULL));

ALTER TABLE event ALTER COLUMN organiser_id DROP NOT NULL;
ALTER TABLE event ADD COLUMN organiser_client uuid REFERENCES api_client (id);
ALTER TABLE event ADD CONSTRAINT event_one_organiser CHECK ((organiser_id IS NULL) <> (organiser_client IS NULL));

ALTER TABLE job_listing ALTER COLUMN poster_id DROP NOT NULL;
ALTER TABLE job_listing ADD COLUMN poster_client uuid REFERENCES api_client (id);
ALTER TABLE job_listing ADD CONSTRAINT job_listing_one_poster CHECK ((poster_id IS NULL) <> (poster_client IS NULL));
