package app.alumni.member;

/** How a member is related to the company: a former employee or a current one. */
public enum Affiliation {
    ALUMNUS,
    EMPLOYEE;

    Role role() {
        return this == ALUMNUS ? Role.ALUMNUS : Role.EMPLOYEE;
    }
}
