package app.alumni.auth;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import app.alumni.auth.ApiClientViews.ApiClientCredentials;
import app.alumni.auth.ApiClientViews.ApiClientInput;
import app.alumni.auth.ApiClientViews.ApiClientSettings;
import app.alumni.auth.ApiClientViews.ApiClientView;
import app.alumni.common.Cursor;
import app.alumni.common.ETags;
import app.alumni.common.Keyset;
import app.alumni.common.MergePatch;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.common.Times;
import app.alumni.common.Violation;
import app.alumni.member.Scopes;

/** HR's machine clients: created with scopes, listed, their secret rotated, revoked. */
@ApplicationScoped
class ApiClients {

    private final MergePatch mergePatch;
    private final Clock clock;

    ApiClients(MergePatch mergePatch, Clock clock) {
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @Transactional
    ApiClientCredentials create(UUID hrId, ApiClientInput input) {
        checkScopes(input.scopes());
        ApiClient c = new ApiClient();
        c.name = input.name().strip();
        c.scopes = new ArrayList<>(new LinkedHashSet<>(input.scopes()));
        c.createdBy = hrId;
        c.createdAt = Times.now(clock);
        String secret = c.newSecret();
        c.persistAndFlush();
        return new ApiClientCredentials(c.id, secret, ApiClientView.of(c));
    }

    private static void checkScopes(List<String> scopes) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            if (!Scopes.ALL.contains(scopes.get(i))) {
                violations.add(new Violation("scopes[" + i + "]", "validation.scope-unknown"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    @Transactional
    Page<ApiClientView> list(int limit, String cursor) {
        ReadOnly.reads(ApiClient.getEntityManager());
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        Keyset.after(cursor, "createdAt", "id", false, where, params);
        List<ApiClient> rows = ApiClient.<ApiClient>find(where + " order by createdAt, id", params).page(0, limit + 1).list();
        return Page.of(rows, limit, ApiClientView::of, c -> Cursor.encode(c.createdAt, c.id));
    }

    @Transactional
    ApiClient get(UUID id) {
        return ApiClient.<ApiClient>findByIdOptional(id).orElseThrow(ProblemException::notFound);
    }

    /** A new secret; the old one stops working at once. A revoked client is 409. */
    @Transactional
    ApiClientCredentials rotate(UUID id) {
        ApiClient c = ApiClient.<ApiClient>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(ProblemException::notFound);
        if (c.revoked()) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.client-revoked");
        }
        String secret = c.newSecret();
        c.secretRotatedAt = Times.now(clock);
        ApiClient.flush();
        return new ApiClientCredentials(c.id, secret, ApiClientView.of(c));
    }

    /** HR renames it, changes its scopes, suspends or resumes it; a revoked client is 409. */
    @Transactional
    ApiClient edit(UUID id, JsonNode patch, String ifMatch) {
        ApiClient c = ApiClient.<ApiClient>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(ProblemException::notFound);
        ETags.check(ifMatch, c.version);
        if (c.revoked()) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.client-revoked");
        }
        ApiClientSettings settings = mergePatch.apply(new ApiClientSettings(c.name, List.copyOf(c.scopes), c.suspendedAt != null), patch,
                ApiClientSettings.class);
        checkScopes(settings.scopes());
        c.name = settings.name().strip();
        c.scopes = new ArrayList<>(new LinkedHashSet<>(settings.scopes()));
        if (settings.suspended() != (c.suspendedAt != null)) {
            c.suspendedAt = settings.suspended() ? Times.now(clock) : null;
        }
        ApiClient.flush();
        return c;
    }

    /** Revokes the client for good; again is harmless. */
    @Transactional
    void revoke(UUID id) {
        ApiClient c = ApiClient.<ApiClient>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(ProblemException::notFound);
        if (!c.revoked()) {
            c.revokedAt = Times.now(clock);
        }
    }
}
