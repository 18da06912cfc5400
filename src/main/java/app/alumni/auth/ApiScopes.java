package app.alumni.auth;

import java.util.List;

/** The scopes a machine client may be granted: what an HR system may read or change. */
final class ApiScopes {

    static final List<String> ALL = List.of("members:read", "members:write", "jobs:read", "jobs:write", "applications:read",
            "applications:write", "events:read", "events:write", "announcements:write", "surveys:read", "feedback:read",
            "webhooks:manage");

    private ApiScopes() {
    }
}
