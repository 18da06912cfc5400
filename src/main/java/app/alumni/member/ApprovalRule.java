package app.alumni.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What approved a registration without HR looking at it. */
@Schema(name = "ApprovalRule", description = "`ROSTER_MATCH`: the registration matched HR's roster; `INVITATION`: it came through "
        + "HR's invitation to the invited address.")
public enum ApprovalRule {
    ROSTER_MATCH,
    INVITATION
}
