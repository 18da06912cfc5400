package app.alumni.member;

/** What a member is open to; none at all (just reading) is fine. */
public enum OpenTo {
    REHIRE,
    COLLABORATION,
    MENTORING,
    NETWORKING
}
