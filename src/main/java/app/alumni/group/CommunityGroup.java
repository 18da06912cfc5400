package app.alumni.group;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.SearchableEntity;
import app.alumni.common.TextKeys;
import app.alumni.group.GroupEnums.Kind;
import app.alumni.group.GroupEnums.Status;
import app.alumni.group.GroupEnums.Visibility;

/** A group; its member count moves with joins and leaves under the group's row lock, without moving its version. */
@Entity
@Table(name = "community_group")
class CommunityGroup extends SearchableEntity {

    String name;
    String nameKey;
    String description;
    @Enumerated(EnumType.STRING)
    Kind kind;
    @Enumerated(EnumType.STRING)
    Visibility visibility;
    @Enumerated(EnumType.STRING)
    Status status;
    boolean official;
    UUID createdBy;
    String statusMessage;
    int memberCount;
    OffsetDateTime updatedAt;

    void name(String name) {
        this.name = name.strip();
        this.nameKey = TextKeys.normalize(this.name);
    }

    boolean isActive() {
        return status == Status.ACTIVE;
    }

    boolean isClosed() {
        return visibility == Visibility.CLOSED;
    }

    /** HR decides on a proposal once; deciding the same again changes nothing. */
    boolean review(Status decision, String message, OffsetDateTime now) {
        if (status == decision) {
            return false;
        }
        if (status != Status.PROPOSED) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.group-not-proposed", status.name());
        }
        status = decision;
        statusMessage = message == null ? null : message.strip();
        updatedAt = now;
        return true;
    }

    /** The group, locked: joins, leaves and reviews of one group happen one after another. */
    static CommunityGroup locked(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    static void countMembers(UUID id, int delta) {
        update("memberCount = memberCount + ?1 where id = ?2", delta, id);
    }

    @Override
    protected Stream<String> searchableFields() {
        return Stream.of(name, description);
    }
}
