package app.alumni.member;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.SearchableEntity;
import app.alumni.common.TextKeys;

/** A member account with its profile. Its search and directory keys are recomputed before every write. */
@Entity
public class Member extends SearchableEntity {


    public String email;
    /** When the member proved the address reaches them; null until then. */
    public OffsetDateTime emailVerifiedAt;
    public String passwordHash;
    @Enumerated(EnumType.STRING)
    public MemberStatus status;
    @Enumerated(EnumType.STRING)
    public Affiliation affiliation;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> roles = new ArrayList<>();
    public String employeeNumber;

    public String fullName;
    public String fullNameKana;
    public String displayName;
    public String avatarUrl;
    public String headline;
    public String bio;
    public String currentCompany;
    public String currentTitle;
    public String industry;
    public String location;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> skills = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> links = new ArrayList<>();
    public LocalDate joinedOn;
    public LocalDate leftOn;
    public String lastDepartment;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> departments = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> openTo = new ArrayList<>();
    public String preferredLanguage = "ja";
    public boolean showEmail;
    public boolean showCareer = true;
    @Enumerated(EnumType.STRING)
    public MessagePolicy messages = MessagePolicy.MEMBERS;

    public String privacyPolicyVersion;
    public OffsetDateTime privacyPolicyAcceptedAt;
    public String rejectionReason;
    public UUID reviewedBy;
    public UUID reviewedByClient;
    public OffsetDateTime reviewedAt;
    /** The member whose invitation this member registered through. */
    public UUID referredBy;
    /** Set when a rule approved the registration instead of HR. */
    @Enumerated(EnumType.STRING)
    public ApprovalRule approvedByRule;
    public OffsetDateTime updatedAt;

    String sortName;
    @JdbcTypeCode(SqlTypes.ARRAY)
    List<String> skillKeys = new ArrayList<>();
    String industryKey;
    @JdbcTypeCode(SqlTypes.ARRAY)
    List<String> departmentKeys = new ArrayList<>();
    Integer leftYear;

    /** A new account as registration, the bootstrap admin and the dev demo data create it: not yet persisted. */
    public static Member newAccount(String email, String passwordHash, Affiliation affiliation, String fullName, String displayName,
            String privacyPolicyVersion, OffsetDateTime now) {
        Member m = new Member();
        m.email = email.strip();
        m.passwordHash = passwordHash;
        m.status = MemberStatus.PENDING;
        m.affiliation = affiliation;
        m.fullName = fullName.strip();
        m.displayName = displayName.strip();
        m.privacyPolicyVersion = privacyPolicyVersion;
        m.createdAt = now;
        m.privacyPolicyAcceptedAt = m.createdAt;
        m.updatedAt = m.createdAt;
        return m;
    }

    /** The member's row, locked for the caller's transaction; 404 when there is none. */
    public static Member lockedById(UUID id) {
        Member m = Member.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw ProblemException.notFound();
        }
        return m;
    }

    public static Optional<Member> findByEmail(String email) {
        return find("lower(email) = ?1", email.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /** Active members, all of them or of one affiliation (the audience of a survey, say). */
    public static long countActive(Affiliation affiliation) {
        return affiliation == null ? count("status", MemberStatus.ACTIVE)
                : count("status = ?1 and affiliation = ?2", MemberStatus.ACTIVE, affiliation);
    }

    /**
     * Active members open to re-hire who have one of these skills (normalized keys) or are among {@code alsoThese}:
     * whom a new job may suit.
     */
    public static List<UUID> openToRehire(Collection<String> skillKeys, Collection<UUID> alsoThese) {
        if (skillKeys.isEmpty() && alsoThese.isEmpty()) {
            return List.of();
        }
        return DirectoryQuery.openToRehire(getEntityManager(), skillKeys, alsoThese);
    }

    /**
     * The employees who registered with this employee number (a roster key, also matched as typed in lower case),
     * locked: whom the identity provider's leaver flow makes alumni.
     */
    public static List<Member> employeesNumbered(String numberKey) {
        return Member.<Member>find("affiliation = ?1 and employeeNumber in ?2 and status in ?3", Affiliation.EMPLOYEE,
                List.of(numberKey, numberKey.toLowerCase(Locale.ROOT)),
                List.of(MemberStatus.PENDING, MemberStatus.ACTIVE, MemberStatus.SUSPENDED))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * An employee left the company: an alumnus from now on, with the month they left. Staff roles (HR admin,
     * moderator) end with the employment; HR grants them again where wanted. False when not an employee.
     */
    public boolean leaveCompany(LocalDate leftOn, OffsetDateTime now) {
        if (affiliation != Affiliation.EMPLOYEE) {
            return false;
        }
        affiliation = Affiliation.ALUMNUS;
        if (this.leftOn == null) {
            LocalDate month = leftOn.withDayOfMonth(1);
            this.leftOn = joinedOn != null && joinedOn.isAfter(month) ? joinedOn : month;
        }
        if (status == MemberStatus.ACTIVE || status == MemberStatus.SUSPENDED) {
            setRoles(EnumSet.of(Role.ALUMNUS));
        }
        touch(now);
        return true;
    }

    /**
     * Erases the account (APPI, GDPR art. 17): a tombstone from now on, with its id and status and nothing personal.
     * The address becomes a placeholder, so the real one can register again; the password a hash of nothing anyone
     * knows. Other features erase what they keep of the member when {@link AccountErased} is fired.
     */
    void erase(String unusablePasswordHash, OffsetDateTime now) {
        email = "erased-" + id + "@erased.invalid";
        emailVerifiedAt = null;
        passwordHash = unusablePasswordHash;
        status = MemberStatus.DELETED;
        roles = new ArrayList<>();
        employeeNumber = null;
        fullName = "";
        fullNameKana = null;
        displayName = "";
        avatarUrl = null;
        headline = null;
        bio = null;
        currentCompany = null;
        currentTitle = null;
        industry = null;
        location = null;
        skills = new ArrayList<>();
        links = new ArrayList<>();
        joinedOn = null;
        leftOn = null;
        lastDepartment = null;
        departments = new ArrayList<>();
        openTo = new ArrayList<>();
        showEmail = false;
        showCareer = false;
        messages = MessagePolicy.NOBODY;
        rejectionReason = null;
        referredBy = null;
        touch(now);
    }

    public static boolean anyHrAdmin() {
        return count("array_contains(roles, ?1)", Role.HR_ADMIN.name()) > 0;
    }

    /** The directory's sort key (the normalised name reading), for keyset cursors. */
    public String sortKey() {
        return sortName;
    }

    public Set<Role> roleSet() {
        return roles.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public void setRoles(Set<Role> newRoles) {
        roles = newRoles.stream().sorted().map(Role::name).collect(Collectors.toCollection(ArrayList::new));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.name());
    }

    /** HR verifies a registration: active, with the role of its affiliation. False when already active; 409 from elsewhere. */
    boolean approve(Actor reviewer, OffsetDateTime now) {
        if (!moveTo(MemberStatus.ACTIVE, () -> ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.approve",
                status.name()), now)) {
            return false;
        }
        setRoles(EnumSet.of(affiliation.role()));
        reviewedBy = reviewer.memberId();
        reviewedByClient = reviewer.clientId();
        reviewedAt = now;
        return true;
    }

    /** A rule approves a registration HR need not look at (it matched the roster, say). False when already active. */
    boolean approveByRule(ApprovalRule rule, OffsetDateTime now) {
        if (!moveTo(MemberStatus.ACTIVE, () -> ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.approve",
                status.name()), now)) {
            return false;
        }
        setRoles(EnumSet.of(affiliation.role()));
        approvedByRule = rule;
        reviewedAt = now;
        return true;
    }

    /** HR turns a registration down, with a reason. False when already rejected; 409 from elsewhere. */
    boolean reject(Actor reviewer, String reason, OffsetDateTime now) {
        if (!moveTo(MemberStatus.REJECTED, () -> ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.reject",
                status.name()), now)) {
            return false;
        }
        rejectionReason = reason.strip();
        reviewedBy = reviewer.memberId();
        reviewedByClient = reviewer.clientId();
        reviewedAt = now;
        return true;
    }

    /** HR suspends an active member or reactivates a suspended one (never a registration). False when already there. */
    boolean suspendOrReactivate(MemberStatus next, OffsetDateTime now) {
        Supplier<ProblemException> refusal = () -> ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.status",
                status.name(),
                next.name());
        if (status == MemberStatus.PENDING && next != status) {
            throw refusal.get();
        }
        return moveTo(next, refusal, now);
    }

    private boolean moveTo(MemberStatus next, Supplier<ProblemException> refusal, OffsetDateTime now) {
        if (status == next) {
            return false;
        }
        if (!status.canBecome(next)) {
            throw refusal.get();
        }
        status = next;
        touch(now);
        return true;
    }

    /** Stamps a change of the account or profile. */
    public void touch(OffsetDateTime now) {
        updatedAt = now;
    }

    @Override
    protected Stream<String> searchableFields() {
        List<String> fields = new ArrayList<>();
        fields.add(fullName);
        fields.add(fullNameKana);
        fields.add(displayName);
        // Names also without their inner space, so "田中太郎" finds "田中 太郎".
        fields.add(fullName == null ? null : fullName.replaceAll("\\s+", ""));
        fields.add(fullNameKana == null ? null : fullNameKana.replaceAll("\\s+", ""));
        fields.add(headline);
        fields.add(bio);
        fields.addAll(skills);
        if (showCareer) {
            // Hidden career details must not be discoverable through search either.
            fields.add(currentCompany);
            fields.add(currentTitle);
            fields.add(industry);
        }
        return fields.stream();
    }

    /** The keys the directory filters and sorts by, recomputed before every write; hidden career details are left out. */
    @PrePersist
    @PreUpdate
    void refreshDirectoryKeys() {
        String reading = fullNameKana != null && !fullNameKana.isBlank() ? fullNameKana : displayName;
        sortName = TextKeys.normalize(reading);
        skillKeys = new ArrayList<>(skills.stream().map(TextKeys::normalize).distinct().toList());
        industryKey = showCareer && industry != null ? TextKeys.normalize(industry) : null;
        departmentKeys = showCareer ? new ArrayList<>(departments.stream().map(TextKeys::normalize).distinct().toList())
                : new ArrayList<>();
        leftYear = showCareer && leftOn != null ? leftOn.getYear() : null;
    }

    /** Locks every active HR admin, always in id order (so concurrent role changes queue up), and names them. */
    static List<UUID> lockActiveHrAdmins() {
        return Member.<Member>find("status = ?1 and array_contains(roles, ?2) order by id", MemberStatus.ACTIVE, Role.HR_ADMIN.name())
                .withLock(LockModeType.PESSIMISTIC_WRITE).stream().map(m -> m.id).toList();
    }
}
