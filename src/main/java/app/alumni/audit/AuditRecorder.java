package app.alumni.audit;

import java.lang.reflect.Method;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import app.alumni.common.AuditTrail;
import app.alumni.common.Audited;
import app.alumni.common.ProblemMappers;
import app.alumni.common.RequestIds;
import app.alumni.common.Times;
import app.alumni.member.Actor;
import app.alumni.member.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;

/**
 * Writes the audit entry of every {@link Audited} operation as its response goes out, refusals and failures
 * included, in a transaction of its own (the operation's has ended by then, and a refused one rolled back).
 */
@Singleton
class AuditRecorder {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class);

    private final Caller caller;
    private final SecurityIdentity identity;
    private final AuditTrail trail;
    private final ManagedExecutor executor;
    private final Clock clock;

    AuditRecorder(Caller caller, SecurityIdentity identity, AuditTrail trail, ManagedExecutor executor, Clock clock) {
        this.executor = executor;
        this.caller = caller;
        this.identity = identity;
        this.trail = trail;
        this.clock = clock;
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource, HttpServerRequest http) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Audited audited = method == null ? null : method.getAnnotation(Audited.class);
        // 401: no one to name (and the identity, whose authentication failed, must not be asked again).
        if (audited == null || response.getStatus() == 401) {
            return;
        }
        try {
            if (identity.isAnonymous() || caller.id() == null && caller.clientId() == null) {
                return;
            }
            boolean staff = caller.isClient() || caller.moderator();
            if (audited.read() && !staff) {
                return;
            }
            AuditEntry e = new AuditEntry();
            e.id = UUID.randomUUID();
            e.at = Times.now(clock);
            e.actorKind = caller.isClient() ? Actor.ActorKind.API_CLIENT : Actor.ActorKind.MEMBER;
            e.actorId = caller.isClient() ? caller.clientId() : caller.id();
            e.actorRole = caller.isClient() ? "API_CLIENT" : caller.hrAdmin() ? "HR_ADMIN" : caller.moderator() ? "MODERATOR" : "MEMBER";
            e.actorName = caller.isClient() ? identity.getAttribute(ProblemMappers.CLIENT_ATTRIBUTE) : null;
            e.action = audited.action();
            e.targetType = audited.target();
            e.targetId = targetId(audited, request);
            Set<UUID> subjects = new LinkedHashSet<>(trail.subjects());
            if ("member".equals(audited.target()) && e.targetId != null) {
                try {
                    subjects.add(UUID.fromString(e.targetId));
                } catch (IllegalArgumentException notAMemberId) {
                    // An unknown id the request named: no member's data was involved.
                }
            }
            e.subjectIds = new ArrayList<>(subjects);
            e.requestId = request.getHeaderString(RequestIds.HEADER);
            e.clientAddress = http == null || http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
            e.status = (short) response.getStatus();
            e.outcome = AuditEntry.Outcome.of(response.getStatus());
            if (Context.isOnEventLoopThread()) {
                // A refusal before the operation ran (a missing role, say) goes out on the I/O thread, which must not block.
                executor.runAsync(() -> write(e));
            } else {
                write(e);
            }
        } catch (RuntimeException failure) {
            LOG.errorf(failure, "Could not write the audit entry of %s (request %s)", audited.action(),
                    request.getHeaderString(RequestIds.HEADER));
        }
    }

    private static void write(AuditEntry e) {
        try {
            QuarkusTransaction.requiringNew().run(e::persist);
        } catch (RuntimeException failure) {
            LOG.errorf(failure, "Could not write the audit entry of %s (request %s)", e.action, e.requestId);
        }
    }

    private String targetId(Audited audited, ContainerRequestContext request) {
        if (trail.targetId() != null) {
            return trail.targetId();
        }
        if (audited.targetParam().isEmpty()) {
            return null;
        }
        String value = request.getUriInfo().getPathParameters().getFirst(audited.targetParam());
        return value == null ? null : value.length() > 64 ? value.substring(0, 64) : value;
    }
}
