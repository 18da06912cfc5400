package app.alumni.group;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The closed vocabularies of groups. */
final class GroupEnums {

    private GroupEnums() {
    }

    @Schema(name = "GroupKind", description = "What brings the group together.")
    enum Kind {
        DEPARTMENT,
        REGION,
        COHORT,
        INTEREST
    }

    @Schema(name = "GroupVisibility", description = "OPEN: anyone joins and everyone sees its content. CLOSED: admins accept who "
            + "joins, and only its members and HR admins see its content.")
    enum Visibility {
        OPEN,
        CLOSED
    }

    @Schema(name = "GroupStatus", description = "A member's proposal is PROPOSED (seen by its proposer and HR) until HR makes it "
            + "ACTIVE or REJECTED.")
    enum Status {
        PROPOSED,
        ACTIVE,
        REJECTED
    }

    @Schema(name = "GroupRole", description = "ADMINs edit the group, accept members and moderate its content.")
    enum Role {
        MEMBER,
        ADMIN
    }

    @Schema(name = "GroupMembershipStatus", description = "ACTIVE: in the group. PENDING: asked to join a closed group.")
    enum MembershipStatus {
        ACTIVE,
        PENDING
    }
}
