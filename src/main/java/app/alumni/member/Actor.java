package app.alumni.member;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who did something HR records: a member in person, or one of HR's machine clients. */
@Schema(name = "Actor", description = "Who did it: a member (HR staff, say) or one of HR's API clients.")
public record Actor(
        @Schema(required = true) ActorKind kind,
        @Schema(description = "The member's id, or the API client's id.", format = "uuid", maxLength = 36, required = true) UUID id) {

    @Schema(name = "ActorKind", description = "`MEMBER` or `API_CLIENT`.")
    public enum ActorKind {
        MEMBER,
        API_CLIENT
    }

    public static Actor of(Caller caller) {
        return caller.isClient() ? new Actor(ActorKind.API_CLIENT, caller.clientId()) : new Actor(ActorKind.MEMBER, caller.id());
    }

    /** From the pair of columns an entity keeps it in; {@code null} when neither is set. */
    public static Actor of(UUID memberId, UUID clientId) {
        if (clientId != null) {
            return new Actor(ActorKind.API_CLIENT, clientId);
        }
        return memberId != null ? new Actor(ActorKind.MEMBER, memberId) : null;
    }

    public UUID memberId() {
        return kind == ActorKind.MEMBER ? id : null;
    }

    public UUID clientId() {
        return kind == ActorKind.API_CLIENT ? id : null;
    }
}
