-- HR's figures at scale: what each member did per month (in the organisation's time zone), kept by triggers on the
-- tables where members act, so that a year of figures reads one row per active member and month instead of every
-- post, comment and reaction. member_id has no foreign key: an erased member's rows are re-keyed to a random id, so
-- that past months keep their counts but name no one.
CREATE TABLE organisation_setting (
    singleton  boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    -- Written by the service at start from ALUMNI_ORGANISATION_TIME_ZONE; months already counted keep theirs.
    time_zone  varchar(64) NOT NULL
);
INSERT INTO organisation_setting (time_zone) VALUES ('Asia/Tokyo');

CREATE FUNCTION organisation_month(at timestamptz) RETURNS date LANGUAGE sql STABLE AS $$
    SELECT (date_trunc('month', at AT TIME ZONE (SELECT time_zone FROM organisation_setting)))::date
$$;

CREATE TABLE member_month (
    month             date    NOT NULL,
    member_id         uuid    NOT NULL,
    -- Sign-ins and their renewals (each refresh token issued).
    sign_ins          integer NOT NULL DEFAULT 0,
    posts             integer NOT NULL DEFAULT 0,
    comments          integer NOT NULL DEFAULT 0,
    reactions         integer NOT NULL DEFAULT 0,
    event_answers     integer NOT NULL DEFAULT 0,
    check_ins         integer NOT NULL DEFAULT 0,
    applications      integer NOT NULL DEFAULT 0,
    survey_responses  integer NOT NULL DEFAULT 0,
    PRIMARY KEY (month, member_id)
);
-- Cohorts: a member's months.
CREATE INDEX member_month_by_member ON member_month (member_id, month);

-- One more of something a member did: TG_ARGV is (the counter, the member column, the time column).
CREATE FUNCTION member_month_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_json  jsonb := to_jsonb(NEW);
    who       uuid := (row_json ->> TG_ARGV[1])::uuid;
BEGIN
    IF who IS NOT NULL THEN
        EXECUTE format('INSERT INTO member_month (month, member_id, %1$I) VALUES ($1, $2, 1) '
                       'ON CONFLICT (month, member_id) DO UPDATE SET %1$I = member_month.%1$I + 1', TG_ARGV[0])
            USING organisation_month((row_json ->> TG_ARGV[2])::timestamptz), who;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER member_month_sign_ins AFTER INSERT ON refresh_token FOR EACH ROW
    EXECUTE FUNCTION member_month_counted('sign_ins', 'member_id', 'issued_at');
CREATE TRIGGER member_month_posts AFTER INSERT ON post FOR EACH ROW
    EXECUTE FUNCTION member_month_counted('posts', 'author_id', 'created_at');
CREATE TRIGGER member_month_comments AFTER INSERT ON post_comment FOR EACH ROW
    EXECUTE FUNCTION member_month_counted('comments', 'author_id', 'created_at');
CREATE TRIGGER member_month_reactions AFTER INSERT ON post_reaction FOR EACH ROW
    EXECUTE FUNCTION member_month_counted('reactions', 'member_id', 'created_at');
CREATE TRIGGER member_month_applications AFTER INSERT ON job_application FOR EACH ROW
    EXECUTE FUNCTION member_month_counted('applications', 'applicant_id', 'created_at');
CREATE TRIGGER member_month_survey_responses AFTER INSERT ON survey_participation FOR EACH ROW
    EXECUTE FUNCTION member_month_counted('survey_responses', 'member_id', 'responded_on');

-- Event answers: a first answer counts, a changed one marks the month active; a first check-in counts too.
CREATE FUNCTION member_month_event_answer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.member_id IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO member_month (month, member_id, event_answers)
        VALUES (organisation_month(NEW.updated_at), NEW.member_id, CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE 0 END)
        ON CONFLICT (month, member_id) DO UPDATE SET event_answers = member_month.event_answers + excluded.event_answers;
    IF NEW.checked_in_at IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.checked_in_at IS NULL) THEN
        INSERT INTO member_month (month, member_id, check_ins) VALUES (organisation_month(NEW.checked_in_at), NEW.member_id, 1)
            ON CONFLICT (month, member_id) DO UPDATE SET check_ins = member_month.check_ins + 1;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER member_month_event_answers AFTER INSERT OR UPDATE OF status, checked_in_at ON event_rsvp FOR EACH ROW
    EXECUTE FUNCTION member_month_event_answer();

-- What happened before this migration.
INSERT INTO member_month (month, member_id, sign_ins)
    SELECT organisation_month(issued_at), member_id, count(*) FROM refresh_token GROUP BY 1, 2;
INSERT INTO member_month (month, member_id, posts)
    SELECT organisation_month(created_at), author_id, count(*) FROM post WHERE author_id IS NOT NULL GROUP BY 1, 2
    ON CONFLICT (month, member_id) DO UPDATE SET posts = excluded.posts;
INSERT INTO member_month (month, member_id, comments)
    SELECT organisation_month(created_at), author_id, count(*) FROM post_comment GROUP BY 1, 2
    ON CONFLICT (month, member_id) DO UPDATE SET comments = excluded.comments;
INSERT INTO member_month (month, member_id, reactions)
    SELECT organisation_month(created_at), member_id, count(*) FROM post_reaction GROUP BY 1, 2
    ON CONFLICT (month, member_id) DO UPDATE SET reactions = excluded.reactions;
INSERT INTO member_month (month, member_id, applications)
    SELECT organisation_month(created_at), applicant_id, count(*) FROM job_application WHERE applicant_id IS NOT NULL GROUP BY 1, 2
    ON CONFLICT (month, member_id) DO UPDATE SET applications = excluded.applications;
INSERT INTO member_month (month, member_id, survey_responses)
    SELECT organisation_month(responded_on::timestamptz), member_id, count(*) FROM survey_participation GROUP BY 1, 2
    ON CONFLICT (month, member_id) DO UPDATE SET survey_responses = excluded.survey_responses;
INSERT INTO member_month (month, member_id, event_answers)
    SELECT organisation_month(updated_at), member_id, count(*) FROM event_rsvp WHERE member_id IS NOT NULL GROUP BY 1, 2
    ON CONFLICT (month, member_id) DO UPDATE SET event_answers = excluded.event_answers;
INSERT INTO member_month (month, member_id, check_ins)
    SELECT organisation_month(checked_in_at), member_id, count(*) FROM event_rsvp
    WHERE member_id IS NOT NULL AND checked_in_at IS NOT NULL GROUP BY 1, 2
    ON CONFLICT (month, member_id) DO UPDATE SET check_ins = excluded.check_ins;
