package app.alumni.career;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.alumni.career.CareerEnums.WorkStyle;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a member open to re-hire tells HR: roles, earliest start, work style and a note. One row per member. */
@Entity
class RehirePreference extends PanacheEntityBase {

    @Id
    UUID memberId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    List<String> desiredRoles = new ArrayList<>();
    LocalDate earliestStart;
    @Enumerated(EnumType.STRING)
    WorkStyle workStyle;
    String note;
    OffsetDateTime updatedAt;
    @Version
    long version;

    /** The preferences of these members, by member id, in one statement. */
    static Map<UUID, RehirePreference> of(Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return RehirePreference.<RehirePreference>list("memberId in ?1", Set.copyOf(memberIds)).stream()
                .collect(Collectors.toMap(p -> p.memberId, Function.identity()));
    }
}
