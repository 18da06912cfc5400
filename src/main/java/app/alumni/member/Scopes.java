package app.alumni.member;

import java.util.List;

import app.alumni.common.ScopeNames;

/**
 * The scopes a machine client of HR's systems may be granted (OAuth 2.0 client credentials). A client's token carries
 * its scopes as roles, so an HR operation names the scope a client needs beside the HR role:
 * {@code @RolesAllowed({ Role.Names.HR_ADMIN, Scopes.MEMBERS_READ })}. A client is never a member: it holds neither
 * {@link Role.Names#ACTIVE_MEMBER} nor any member role.
 */
public final class Scopes {

    public static final String MEMBERS_READ = "members:read";
    public static final String MEMBERS_WRITE = "members:write";
    public static final String JOBS_READ = "jobs:read";
    public static final String JOBS_WRITE = "jobs:write";
    public static final String APPLICATIONS_READ = "applications:read";
    public static final String APPLICATIONS_WRITE = "applications:write";
    public static final String EVENTS_READ = "events:read";
    public static final String EVENTS_WRITE = "events:write";
    public static final String ANNOUNCEMENTS_WRITE = "announcements:write";
    public static final String SURVEYS_READ = "surveys:read";
    public static final String FEEDBACK_READ = "feedback:read";
    public static final String WEBHOOKS_MANAGE = "webhooks:manage";
    public static final String ROSTER_WRITE = "roster:write";
    /** HR's figures (counts only, small groups suppressed), for HR's reporting systems. */
    public static final String STATS_READ = "stats:read";
    /** The company's identity provider: SCIM 2.0 provisioning of current employees into the roster. */
    public static final String SCIM = "scim";

    /** Every scope, in the order the documentation lists them. */
    public static final List<String> ALL = List.of(MEMBERS_READ, MEMBERS_WRITE, JOBS_READ, JOBS_WRITE, APPLICATIONS_READ,
            APPLICATIONS_WRITE, EVENTS_READ, EVENTS_WRITE, ANNOUNCEMENTS_WRITE, SURVEYS_READ, FEEDBACK_READ, WEBHOOKS_MANAGE,
            ROSTER_WRITE, STATS_READ, SCIM);

    /** Whether a role name is a scope (see {@link ScopeNames}). */
    public static boolean isScope(String role) {
        return ScopeNames.isScope(role);
    }

    private Scopes() {
    }
}
