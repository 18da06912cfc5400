package app.alumni.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Roles a member can hold; they travel in the access token's {@code groups} claim. */
@Schema(name = "MemberRole", description = "A role a member holds.")
public enum Role {
    ALUMNUS,
    EMPLOYEE,
    MODERATOR,
    HR_ADMIN;

    /** Role names usable in {@code @RolesAllowed}. */
    public static final class Names {
        public static final String HR_ADMIN = "HR_ADMIN";
        public static final String MODERATOR = "MODERATOR";
        /**
         * Held by every signed-in member, whatever the account's status (pending ones included): what a member does with
         * their own account. Never by a machine client.
         */
        public static final String ACCOUNT_HOLDER = "account-holder";
        /** Held (in addition to the real roles) by every caller whose account is ACTIVE: the community's members. */
        public static final String ACTIVE_MEMBER = "active-member";

        private Names() {
        }
    }
}
