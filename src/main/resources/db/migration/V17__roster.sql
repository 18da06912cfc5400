-- The alumni roster: who left the company, as HR's database knows them (imported, edited by hand, or fed by SCIM).
-- Registrations are matched against it; an entry is linked to the member it was matched with or approved as.
CREATE TABLE roster_entry (
    id                uuid PRIMARY KEY,
    -- Upper case, NFKC (full-width digits from spreadsheets fold to ASCII): the key imports upsert by.
    employee_number   varchar(32)  NOT NULL CHECK (employee_number ~ '^[A-Z0-9-]{1,32}$'),
    full_name         varchar(100) NOT NULL,
    full_name_kana    varchar(100),
    email             varchar(254),
    joined_on         date,
    left_on           date,
    last_department   varchar(100),
    contact_opt_in    boolean      NOT NULL DEFAULT false,
    rehire_interest   boolean      NOT NULL DEFAULT false,
    member_id         uuid REFERENCES member (id) ON DELETE SET NULL,
    -- Derived by the application (TextKeys): the folded name and reading without spaces, for matching registrations.
    name_key          varchar(200) NOT NULL,
    kana_key          varchar(200),
    search_text       text         NOT NULL DEFAULT '',
    search_grams      text[]       NOT NULL DEFAULT '{}',
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    version           bigint       NOT NULL DEFAULT 0,
    CONSTRAINT roster_entry_employee_number_unique UNIQUE (employee_number),
    CHECK (joined_on IS NULL OR left_on IS NULL OR joined_on <= left_on)
);
-- One entry per member.
CREATE UNIQUE INDEX roster_entry_member ON roster_entry (member_id) WHERE member_id IS NOT NULL;
-- Matching a registration that has no (or an unknown) employee number by its name.
CREATE INDEX roster_entry_name ON roster_entry (name_key);
CREATE INDEX roster_entry_kana ON roster_entry (kana_key) WHERE kana_key IS NOT NULL;
-- HR's list: substring search, and the leaving-year filter (the list's order is the unique index).
CREATE INDEX roster_entry_grams ON roster_entry USING gin (search_grams);
CREATE INDEX roster_entry_left_on ON roster_entry (left_on, employee_number);
-- Members and invitations are found by address, ignoring case.
CREATE INDEX roster_entry_email ON roster_entry (lower(email));

-- How a registration was approved without HR: it matched the roster (or, later, came with an invitation).
ALTER TABLE member ADD COLUMN approved_by_rule varchar(16) CHECK (approved_by_rule IN ('ROSTER_MATCH', 'INVITATION'));
-- Registrations are matched against the roster by employee number.
CREATE INDEX member_employee_number ON member (employee_number) WHERE employee_number IS NOT NULL;
