package app.alumni.member;

/** Life cycle of an account: PENDING until HR verifies it, then ACTIVE (or REJECTED); ACTIVE may be SUSPENDED. */
public enum MemberStatus {
    PENDING,
    ACTIVE,
    SUSPENDED,
    REJECTED,
    DELETED;

    /** Whether a member in this status may sign in at all (pending members may, to keep their own profile). */
    public boolean maySignIn() {
        return this == PENDING || this == ACTIVE;
    }

    /** The moves of an account: HR approves or rejects a registration, suspends an active member and reactivates them. */
    boolean canBecome(MemberStatus next) {
        return switch (this) {
            case PENDING -> next == ACTIVE || next == REJECTED;
            case ACTIVE -> next == SUSPENDED;
            case SUSPENDED -> next == ACTIVE;
            case REJECTED, DELETED -> false;
        };
    }
}
