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
}
