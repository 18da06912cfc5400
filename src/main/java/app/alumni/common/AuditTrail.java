package app.alumni.common;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/**
 * What an {@link Audited} operation adds to its audit entry beyond what the request says: the members whose personal
 * data its response carries (the applicants on a page, say), and the target's id when the request does not name it
 * (a resource it created). Resources fill it in; the audit log reads it when the response goes out.
 */
@RequestScoped
public class AuditTrail {

    private final Set<UUID> subjects = new LinkedHashSet<>();
    private String targetId;

    /** Members whose personal data the response carries. */
    public void subjects(Collection<UUID> memberIds) {
        memberIds.stream().filter(Objects::nonNull).forEach(subjects::add);
    }

    public void subject(UUID memberId) {
        if (memberId != null) {
            subjects.add(memberId);
        }
    }

    /** The target, when the path does not name it. */
    public void target(Object id) {
        targetId = id == null ? null : id.toString();
    }

    public Set<UUID> subjects() {
        return Set.copyOf(subjects);
    }

    public String targetId() {
        return targetId;
    }
}
