package app.alumni.common;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Incremental sync for HR's systems ({@code @BeanParam ChangesSince changes}): with {@code updatedSince}, a list holds
 * only what changed at or after that moment, oldest change first ({@code updatedAt}, then id), keyset-paginated, so a
 * nightly job reads what changed and nothing else. A job keeps the newest {@code updatedAt} it saw and asks from a few
 * minutes before it next time: a change whose transaction was still running may carry an earlier time, and items that
 * come twice are simply applied twice.
 */
public class ChangesSince {

    /** The order of a list of changes. */
    public static final String ORDER = " order by updatedAt, id";

    @Parameter(description = "Only what changed at or after this moment (RFC 3339), oldest change first; for incremental sync.",
            schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35))
    @QueryParam("updatedSince")
    OffsetDateTime updatedSince;

    public ChangesSince() {
    }

    public ChangesSince(OffsetDateTime updatedSince) {
        this.updatedSince = updatedSince;
    }

    public boolean requested() {
        return updatedSince != null;
    }

    public OffsetDateTime updatedSince() {
        return updatedSince;
    }

    /**
     * Where a list's sync is for HR's systems only and takes no other filter: 403 for other callers, 400 on
     * {@code updatedSince} when a filter is given too.
     */
    public static void only(boolean allowed, Object... otherFilters) {
        if (!allowed) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.updated-since");
        }
        for (Object filter : otherFilters) {
            if (filter != null) {
                throw ProblemException.invalid("updatedSince", "validation.updated-since-alone");
            }
        }
    }

    /** Appends the condition (and the page's keyset) to a query on an entity with {@code updatedAt} and {@code id}. */
    public void appendTo(String cursor, StringBuilder where, Map<String, Object> params) {
        where.append(" and updatedAt >= :updatedSince");
        params.put("updatedSince", updatedSince);
        Keyset.after(cursor, "updatedAt", "id", false, where, params);
    }
}
