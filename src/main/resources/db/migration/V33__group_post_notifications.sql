-- New posts in a group collapse into one unread notification per group and member, its count growing.
CREATE UNIQUE INDEX notification_unread_group_posts ON notification (member_id, subject_id)
    WHERE type = 'GROUP_POSTED' AND read_at IS NULL;
