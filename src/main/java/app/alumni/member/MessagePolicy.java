package app.alumni.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who may start a conversation with a member. */
@Schema(name = "MessagePolicy", description = "Who may start a conversation with me: any active member (`MEMBERS`, the default) or "
        + "nobody (`NOBODY`).")
public enum MessagePolicy {
    MEMBERS,
    NOBODY
}
