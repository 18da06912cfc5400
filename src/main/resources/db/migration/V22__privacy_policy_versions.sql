-- The privacy policy's versions, with their texts and the moment each takes effect; the current one is the latest
-- in effect. The version in configuration (ALUMNI_PRIVACY_POLICY_VERSION, texts in privacy-policy/) is added at start
-- when the table lacks it.
CREATE TABLE privacy_policy_version (
    version       varchar(32)  PRIMARY KEY CHECK (version ~ '^[A-Za-z0-9._-]{1,32}$'),
    effective_at  timestamptz  NOT NULL,
    text_ja       text         NOT NULL,
    text_en       text         NOT NULL,
    published_by  uuid         REFERENCES member (id) ON DELETE SET NULL,
    created_at    timestamptz  NOT NULL,
    -- Two versions never take effect at the same moment: which is current is never a tie.
    CONSTRAINT privacy_policy_version_effective_unique UNIQUE (effective_at)
);

-- Every version a member accepted, and when: registration's consent and each re-acceptance. Written by the trigger
-- below whenever a member's accepted version changes, so no code path that records consent can forget the history.
CREATE TABLE member_consent (
    member_id       uuid         NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    policy_version  varchar(32)  NOT NULL,
    accepted_at     timestamptz  NOT NULL,
    PRIMARY KEY (member_id, policy_version)
);
INSERT INTO member_consent (member_id, policy_version, accepted_at)
    SELECT id, privacy_policy_version, privacy_policy_accepted_at FROM member;

CREATE FUNCTION member_consent_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO member_consent (member_id, policy_version, accepted_at)
        VALUES (NEW.id, NEW.privacy_policy_version, NEW.privacy_policy_accepted_at)
        ON CONFLICT (member_id, policy_version) DO NOTHING;
    RETURN NEW;
END;
$$;
CREATE TRIGGER member_consent_on_insert AFTER INSERT ON member FOR EACH ROW EXECUTE FUNCTION member_consent_recorded();
CREATE TRIGGER member_consent_on_accept AFTER UPDATE OF privacy_policy_version ON member FOR EACH ROW
    WHEN (OLD.privacy_policy_version IS DISTINCT FROM NEW.privacy_policy_version) EXECUTE FUNCTION member_consent_recorded();
