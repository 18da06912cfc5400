package app.alumni.career;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.alumni.career.CareerEnums.EmploymentType;
import app.alumni.career.CareerEnums.Kind;
import app.alumni.career.CareerEnums.ListingStatus;
import app.alumni.career.CareerEnums.WorkStyle;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.Publication;
import app.alumni.common.SearchableEntity;
import app.alumni.common.TextKeys;
import app.alumni.member.Caller;
import app.alumni.member.Notice;
import app.alumni.member.Scopes;

@Entity
public class JobListing extends SearchableEntity {

    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String title;
    public String description;
    public String department;
    public String location;
    @Enumerated(EnumType.STRING)
    public EmploymentType employmentType;
    @Enumerated(EnumType.STRING)
    public WorkStyle workStyle;
    public Integer salaryMin;
    public Integer salaryMax;
    public String salaryCurrency;
    public String posterCompany;
    public String contactPreference;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> skills = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    List<String> skillKeys = new ArrayList<>();
    public OffsetDateTime closesAt;
    @Enumerated(EnumType.STRING)
    public ListingStatus status;
    public UUID posterId;
    /** Set instead of {@code posterId} when one of HR's API clients posted it. */
    public UUID posterClient;
    /** When HR's systems were told that it closed by itself at {@code closesAt}. */
    public OffsetDateTime closingAnnouncedAt;
    public OffsetDateTime updatedAt;

    /** CLOSED also when an open listing's closing time has passed: listings close by themselves. */
    public ListingStatus effectiveStatus(OffsetDateTime now) {
        return Publication.asOf(status, closesAt, now);
    }

    /**
     * HR (and HR's systems with {@code applications:read}) reads every listing's applications; a collaboration's poster
     * reads the responses to it.
     */
    boolean isReviewedBy(Caller caller) {
        return caller.may(Scopes.APPLICATIONS_READ) || (kind == Kind.COLLABORATION && caller.is(posterId));
    }

    /** Who moves applications along: HR, HR's systems with {@code applications:write}, a collaboration's poster. */
    boolean isDecidedBy(Caller caller) {
        return caller.may(Scopes.APPLICATIONS_WRITE) || (kind == Kind.COLLABORATION && caller.is(posterId));
    }

    /** HR manages every listing, HR's systems with {@code jobs:write} the jobs; a collaboration is managed by its poster too. */
    boolean isManagedBy(Caller caller) {
        return caller.hrAdmin() || (kind == Kind.JOB && caller.may(Scopes.JOBS_WRITE))
                || (kind == Kind.COLLABORATION && caller.is(posterId));
    }

    /** Moves to {@code next} where the life cycle allows it; 409 otherwise. */
    void moveTo(ListingStatus next) {
        if (next != status && !status.canBecome(next)) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.listing", status.name(), next.name());
        }
        status = next;
    }

    @Override
    protected Stream<String> searchableFields() {
        return Stream.concat(Stream.of(title, description, department, location, posterCompany), skills.stream());
    }

    /** The skill filter's keys, recomputed before every write. */
    @PrePersist
    @PreUpdate
    void refreshSkillKeys() {
        skillKeys = new ArrayList<>(skills.stream().map(TextKeys::normalize).distinct().toList());
    }

    /** What a notification calls the listing. */
    Notice.Subject asSubject() {
        return new Notice.Subject(Notice.SubjectKind.LISTING, id, title);
    }
}
