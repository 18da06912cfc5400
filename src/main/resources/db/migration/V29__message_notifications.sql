-- New messages collapse like reactions: one unread notification per conversation and member, its count growing.
CREATE UNIQUE INDEX notification_unread_messages ON notification (member_id, subject_id)
    WHERE type = 'MESSAGE_RECEIVED' AND read_at IS NULL;
