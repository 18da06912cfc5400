package app.alumni.member;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A member left a group or was removed from it, fired in that transaction. Who leaves a closed group loses its
 * content: features holding answers to it (seats at its events) give them up.
 */
public record GroupLeft(UUID groupId, UUID memberId, boolean closed, OffsetDateTime at) {
}
