package app.alumni.roster;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.hibernate.exception.ConstraintViolationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.alumni.common.ETags;
import app.alumni.common.PublicLinks;
import app.alumni.common.ReadOnly;
import app.alumni.common.Times;
import app.alumni.member.RosterEntry;
import app.alumni.roster.ScimViews.ScimAlumniUser;
import app.alumni.roster.ScimViews.ScimEmail;
import app.alumni.roster.ScimViews.ScimEnterpriseUser;
import app.alumni.roster.ScimViews.ScimMeta;
import app.alumni.roster.ScimViews.ScimName;
import app.alumni.roster.ScimViews.ScimPatchRequest;
import app.alumni.roster.ScimViews.ScimUser;
import app.alumni.roster.ScimViews.ScimUserList;

/**
 * SCIM Users (RFC 7644) over the roster: each is a roster entry with a {@code userName}, keyed by the enterprise
 * extension's {@code employeeNumber}. Creating a user whose employee number HR's roster already holds takes that
 * entry over (a former employee hired again). Deactivating or deleting a user is the leaver flow ({@link Leavers});
 * a deleted user stays in the roster as an alumnus, no longer a SCIM resource.
 */
@ApplicationScoped
class ScimService {

    static final String USERS = "/scim/v2/Users";
    /** The most users a list returns at once. */
    static final int MAX_COUNT = 200;
    private static final UUID NO_ID = new UUID(0, 0);

    private final Leavers leavers;
    private final Validator validator;
    private final ObjectMapper json;
    private final PublicLinks links;
    private final Clock clock;

    ScimService(Leavers leavers, Validator validator, ObjectMapper json, PublicLinks links, Clock clock) {
        this.leavers = leavers;
        this.validator = validator;
        this.json = json;
        this.links = links;
        this.clock = clock;
    }

    /** A user and its version (its ETag). */
    record Versioned(ScimUser user, long version) {
    }

    /** A request body as JSON; 400 {@code invalidSyntax} when it is none. */
    JsonNode tree(String body) {
        try {
            JsonNode node = body == null ? null : json.readTree(body);
            if (node == null || !node.isObject()) {
                throw ScimException.invalidSyntax("scim.invalid-json");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ScimException.invalidSyntax("scim.invalid-json");
        }
    }

    /** A user as a request gives it: booleans sent as strings read as booleans, every attribute checked. */
    ScimUser user(JsonNode node) {
        ScimPatch.normalizeBooleans(node);
        ScimUser user;
        try {
            user = json.treeToValue(node, ScimUser.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ScimException.invalidValue("scim.invalid-user");
        }
        Set<ConstraintViolation<ScimUser>> violations = validator.validate(user);
        if (!violations.isEmpty()) {
            ConstraintViolation<ScimUser> first = violations.stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).get();
            throw ScimException.invalidValue("scim.invalid-attribute", first.getPropertyPath().toString(), first.getMessage());
        }
        return user;
    }

    /** A PATCH body; 400 unless it is a PatchOp with 1 to {@value ScimPatch#MAX_OPERATIONS} operations. */
    ScimPatchRequest patchRequest(JsonNode node) {
        ScimPatchRequest request;
        try {
            request = json.treeToValue(node, ScimPatchRequest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ScimException.invalidValue("scim.patch-request");
        }
        if (request.schemas() == null || request.schemas().stream().noneMatch(ScimViews.PATCH_OP::equalsIgnoreCase)
                || request.operations() == null || request.operations().isEmpty()
                || request.operations().size() > ScimPatch.MAX_OPERATIONS) {
            throw ScimException.invalidValue("scim.patch-request");
        }
        return request;
    }

    @Transactional
    ScimUserList list(ScimFilter filter, int startIndex, int count) {
        ReadOnly.reads(RosterEntry.getEntityManager());
        String where = "userName is not null";
        Object[] params = {};
        if (filter != null) {
            where += filter.attribute() == ScimFilter.Attribute.USER_NAME ? " and lower(userName) = ?1" : " and externalId = ?1";
            params = new Object[] { filter.attribute() == ScimFilter.Attribute.USER_NAME ? filter.value().toLowerCase(Locale.ROOT)
                    : filter.value() };
        }
        long total = RosterEntry.count(where, params);
        int start = Math.max(1, startIndex);
        int size = Math.max(0, Math.min(count, MAX_COUNT));
        List<RosterEntry> page = size == 0 || start > total ? List.of()
                : RosterEntry.<RosterEntry>find(where + " order by createdAt, id", params).range(start - 1, start - 1 + size - 1).list();
        return new ScimUserList(List.of(ScimViews.LIST_RESPONSE), (int) Math.min(total, Integer.MAX_VALUE), start, page.size(),
                page.stream().map(this::view).toList());
    }

    @Transactional
    Versioned get(UUID id) {
        RosterEntry e = RosterEntry.findScimUser(id, LockModeType.NONE).orElseThrow(ScimException::notFound);
        return new Versioned(view(e), e.version);
    }

    /**
     * A new user: a new roster entry, or the entry HR's roster has of that employee number (unless another user holds
     * it). An active user with a leaving date is an employee again; a user created inactive has left.
     */
    @Transactional
    Versioned create(ScimUser u) {
        OffsetDateTime now = Times.now(clock);
        ScimEnterpriseUser enterprise = u.enterprise();
        if (enterprise == null || enterprise.employeeNumber() == null || enterprise.employeeNumber().isBlank()) {
            throw ScimException.invalidValue("scim.employee-number-required");
        }
        String number = RosterService.checkedNumber(enterprise.employeeNumber());
        RosterEntry e = RosterEntry.<RosterEntry>find("employeeNumber", number).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (e != null && e.userName != null) {
            throw ScimException.uniqueness("scim.employee-number-taken");
        }
        checkUnique(e == null ? NO_ID : e.id, u);
        boolean fresh = e == null;
        if (fresh) {
            e = new RosterEntry();
            e.employeeNumber = number;
            e.createdAt = now;
        }
        write(e, u, now);
        boolean active = !Boolean.FALSE.equals(u.active());
        if (active && e.leftOn != null) {
            leavers.rejoined(e);
        }
        flush(e);
        if (!active && e.leftOn == null) {
            leavers.left(e, now);
            flush(e);
        }
        return new Versioned(view(e), e.version);
    }

    /** PUT: the user as given. The employee number cannot change; what HR keeps beyond SCIM stays unless given. */
    @Transactional
    Versioned replace(UUID id, ScimUser u, String ifMatch) {
        RosterEntry e = RosterEntry.findScimUser(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(ScimException::notFound);
        ETags.check(ifMatch, e.version);
        return update(e, u);
    }

    /** PATCH: the operations applied to the user as GET shows it, then written as a PUT would (all or nothing). */
    @Transactional
    Versioned patch(UUID id, ScimPatchRequest request, String ifMatch) {
        RosterEntry e = RosterEntry.findScimUser(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(ScimException::notFound);
        ETags.check(ifMatch, e.version);
        ObjectNode node = json.valueToTree(view(e));
        ScimPatch.apply(node, request.operations());
        return update(e, user(node));
    }

    private Versioned update(RosterEntry e, ScimUser u) {
        OffsetDateTime now = Times.now(clock);
        if (u.enterprise() != null && u.enterprise().employeeNumber() != null
                && !e.employeeNumber.equals(RosterEntry.numberKey(u.enterprise().employeeNumber()))) {
            throw ScimException.mutability("scim.employee-number-immutable");
        }
        checkUnique(e.id, u);
        boolean wasActive = e.leftOn == null;
        write(e, u, now);
        if (u.active() != null && u.active() != wasActive) {
            if (u.active()) {
                leavers.rejoined(e);
            } else {
                leavers.left(e, now);
            }
        }
        flush(e);
        return new Versioned(view(e), e.version);
    }

    /** The person left (if they had not yet) and the entry is no SCIM user any more; it stays in the roster. */
    @Transactional
    void delete(UUID id, String ifMatch) {
        OffsetDateTime now = Times.now(clock);
        RosterEntry e = RosterEntry.findScimUser(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(ScimException::notFound);
        ETags.check(ifMatch, e.version);
        if (e.leftOn == null) {
            leavers.left(e, now);
        }
        e.userName = null;
        e.externalId = null;
        e.familyName = null;
        e.givenName = null;
        e.updatedAt = now;
    }

    private static void checkUnique(UUID self, ScimUser u) {
        if (RosterEntry.count("lower(userName) = ?1 and id <> ?2", u.userName().strip().toLowerCase(Locale.ROOT), self) > 0) {
            throw ScimException.uniqueness("scim.user-name-taken");
        }
        String externalId = blankToNull(u.externalId());
        if (externalId != null && RosterEntry.count("externalId = ?1 and id <> ?2", externalId, self) > 0) {
            throw ScimException.uniqueness("scim.external-id-taken");
        }
    }

    /**
     * The request's values on the entry. The name is {@code name.formatted}, else family and given name, else
     * {@code displayName}. What HR keeps beyond the identity provider (the private address, the reading, the
     * department, the agreements) changes only when the request gives it: an address typed {@code work} is never kept.
     */
    private static void write(RosterEntry e, ScimUser u, OffsetDateTime now) {
        ScimName n = u.name();
        String formatted = n == null ? null : blankToNull(n.formatted());
        String family = n == null ? null : blankToNull(n.familyName());
        String given = n == null ? null : blankToNull(n.givenName());
        String full = formatted != null ? formatted
                : family != null || given != null ? Stream.of(family, given).filter(Objects::nonNull).collect(Collectors.joining(" "))
                        : blankToNull(u.displayName());
        if (full == null) {
            throw ScimException.invalidValue("scim.name-required");
        }
        if (full.length() > 100) {
            throw ScimException.invalidValue("scim.name-too-long");
        }
        e.userName = u.userName().strip();
        e.externalId = blankToNull(u.externalId());
        e.fullName = full;
        e.familyName = family;
        e.givenName = given;
        String address = address(u.emails());
        if (address != null) {
            e.email = address;
        }
        if (u.enterprise() != null && u.enterprise().department() != null) {
            e.lastDepartment = blankToNull(u.enterprise().department());
        }
        ScimAlumniUser alumni = u.alumni();
        if (alumni != null) {
            if (alumni.fullNameKana() != null) {
                e.fullNameKana = blankToNull(alumni.fullNameKana());
            }
            if (alumni.contactOptIn() != null) {
                e.contactOptIn = alumni.contactOptIn();
            }
            if (alumni.rehireInterest() != null) {
                e.rehireInterest = alumni.rehireInterest();
            }
        }
        e.updatedAt = now;
    }

    /**
     * The address to keep: the (last) primary one not typed {@code work}, else the last not typed so (a PATCH that
     * sets {@code emails[type eq "home"].value} adds one after what GET showed); or null.
     */
    static String address(List<ScimEmail> emails) {
        if (emails == null) {
            return null;
        }
        List<ScimEmail> kept = emails.stream().filter(m -> m != null && m.value() != null && !m.value().isBlank()
                && (m.type() == null || !m.type().strip().equalsIgnoreCase("work"))).toList();
        return kept.stream().filter(m -> Boolean.TRUE.equals(m.primary())).reduce((a, b) -> b).or(() -> kept.stream().reduce((a, b) -> b))
                .map(m -> m.value().strip()).orElse(null);
    }

    /** Writes now, so that a user created twice at once ends in 409 here (the unique indexes settle it). */
    private static void flush(RosterEntry e) {
        try {
            e.persistAndFlush();
        } catch (PersistenceException ex) {
            if (ex instanceof ConstraintViolationException || ex.getCause() instanceof ConstraintViolationException) {
                throw ScimException.uniqueness("scim.taken");
            }
            throw ex;
        }
    }

    ScimUser view(RosterEntry e) {
        return new ScimUser(List.of(ScimViews.CORE_USER, ScimViews.ENTERPRISE_USER, ScimViews.ALUMNI_USER), e.id.toString(), e.externalId,
                e.userName, new ScimName(e.fullName, e.familyName, e.givenName), e.fullName, e.leftOn == null,
                e.email == null ? null : List.of(new ScimEmail(e.email, null, null)),
                new ScimEnterpriseUser(e.employeeNumber, e.lastDepartment),
                new ScimAlumniUser(e.fullNameKana, e.contactOptIn, e.rehireInterest),
                new ScimMeta("User", e.createdAt, e.updatedAt, links.url(USERS + "/" + e.id), ETags.of(e.version)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
