-- Messages can be reported; a moderator hides one (it keeps its place in the conversation without its text).
ALTER TABLE content_report DROP CONSTRAINT content_report_target_type_check;
ALTER TABLE content_report ADD CONSTRAINT content_report_target_type_check
    CHECK (target_type IN ('POST', 'COMMENT', 'MESSAGE'));
ALTER TABLE conversation_message ADD COLUMN hidden_at timestamptz, ADD COLUMN hidden_reason varchar(1000);
