package app.alumni.common;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The one place where failures become RFC 9457 problem+json, in English or Japanese by {@code Accept-Language}.
 * Unexpected exceptions are logged with the correlation id and answered without any internals.
 */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    /** Identity attribute set by the member augmentor: whether the caller's account is active (verified). */
    public static final String ACCOUNT_ACTIVE_ATTRIBUTE = "alumni.accountActive";
    /** The privacy policy version a member must accept before using the community; empty when they have. */
    public static final String CONSENT_REQUIRED_ATTRIBUTE = "alumni.consentRequired";
    /** Identity attribute set for HR's machine clients: the client's name. */
    public static final String CLIENT_ATTRIBUTE = "alumni.client";
    /** Identity attribute set for HR's machine clients: whether HR has suspended the client. */
    public static final String CLIENT_SUSPENDED_ATTRIBUTE = "alumni.clientSuspended";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    SecurityIdentity identity;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        List<Problem.FieldError> errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), Messages.get(locale, v.messageKey(), v.args())))
                .toList();
        String detail = e.detailKey() == null ? null : Messages.get(locale, e.detailKey(), e.detailArgs());
        Response.ResponseBuilder builder = write(e.type(), detail, errors, headers, uri, locale);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .distinct() // two rules with one message (a pattern for the document, a parser for the truth) say it once
                .toList();
        return write(ProblemType.VALIDATION, null, errors, headers, uri, locale).build();
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        return jsonField(e, "validation.unknown-field", headers, uri);
    }

    /** Named explicitly: Quarkus REST ships its own mapper for this subtype, which would otherwise win. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return malformedBody(headers, uri); // a second JSON value after the first
        }
        return jsonField(e, "validation.invalid-value", headers, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        return jsonField(e, "validation.invalid-value", headers, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return malformedBody(headers, uri);
    }

    /** The body could not be read as JSON at all: one error, on {@code body}. */
    private static Response malformedBody(HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        var errors = List.of(new Problem.FieldError("body", Messages.get(locale, "validation.json")));
        return write(ProblemType.MALFORMED_REQUEST, Messages.get(locale, "problem.malformed-request.json"), errors, headers,
                uri, locale).build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthenticated(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        boolean tokenPresented = headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        String challenge = tokenPresented ? "Bearer error=\"invalid_token\"" : "Bearer";
        String detail = Messages.get(locale, tokenPresented ? "problem.unauthenticated.invalid-token"
                : "problem.unauthenticated.missing-token");
        return write(ProblemType.UNAUTHENTICATED, detail, List.of(), headers, uri, locale)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }

    /**
     * A machine client refused by an operation's {@code @RolesAllowed} learns which scope it lacks (RFC 6750 §3.1), or
     * that the operation is for members only; a member whose registration waits for HR learns that.
     */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri, ResourceInfo resource) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        if (!identity.isAnonymous() && identity.getAttribute(CLIENT_ATTRIBUTE) != null) {
            if (Boolean.TRUE.equals(identity.getAttribute(CLIENT_SUSPENDED_ATTRIBUTE))) {
                return write(ProblemType.CLIENT_SUSPENDED, null, List.of(), headers, uri, locale).build();
            }
            List<String> scopes = requiredScopes(resource);
            if (scopes.isEmpty()) {
                return write(ProblemType.MEMBERS_ONLY, null, List.of(), headers, uri, locale).build();
            }
            String scope = String.join(" ", scopes);
            return write(ProblemType.INSUFFICIENT_SCOPE, Messages.get(locale, "problem.insufficient-scope.detail", scope), List.of(),
                    headers, uri, locale)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\", scope=\"" + scope + "\"")
                    .build();
        }
        Object active = identity.isAnonymous() ? null : identity.getAttribute(ACCOUNT_ACTIVE_ATTRIBUTE);
        if (Boolean.FALSE.equals(active)) {
            return write(ProblemType.ACCOUNT_NOT_ACTIVE, null, List.of(), headers, uri, locale).build();
        }
        Object consent = identity.isAnonymous() ? null : identity.getAttribute(CONSENT_REQUIRED_ATTRIBUTE);
        if (consent instanceof String version && !version.isEmpty()) {
            return write(ProblemType.CONSENT_REQUIRED, Messages.get(locale, "problem.consent-required.detail", version), List.of(), headers,
                    uri, locale).build();
        }
        return write(ProblemType.FORBIDDEN, null, List.of(), headers, uri, locale).build();
    }

    /** The scopes (see {@link ScopeNames}) an operation's {@code @RolesAllowed} admits, method before class. */
    static List<String> requiredScopes(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return List.of();
        }
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? List.of() : Arrays.stream(allowed.value()).filter(ScopeNames::isScope).toList();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentUpdate(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        return write(ProblemType.CONCURRENT_UPDATE, null, List.of(), headers, uri, locale).build();
    }

    @ServerExceptionMapper
    public Response invalidQueryParameter(QueryParameters.InvalidQueryParameter e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        var errors = List.of(new Problem.FieldError(e.parameter(), Messages.get(locale, "validation.invalid-value")));
        return write(ProblemType.VALIDATION, null, errors, headers, uri, locale).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        int status = e.getResponse().getStatus();
        ProblemType type;
        if (e instanceof NotFoundException) {
            type = ProblemType.NOT_FOUND;
        } else if (e instanceof NotAllowedException) {
            type = ProblemType.METHOD_NOT_ALLOWED;
        } else if (e instanceof NotSupportedException) {
            type = ProblemType.UNSUPPORTED_MEDIA_TYPE;
        } else if (e instanceof NotAcceptableException) {
            type = ProblemType.NOT_ACCEPTABLE;
        } else if (status >= 500) {
            return unexpected(e, headers, uri);
        } else if (status == 400) {
            // Raised by the JSON reader when the body is not JSON (and by nothing else that reaches here).
            return malformedBody(headers, uri);
        } else {
            type = ProblemType.forStatus(status);
        }
        Response.ResponseBuilder builder = write(type, null, List.of(), headers, uri, locale);
        if (e instanceof NotAllowedException) {
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                builder.header(HttpHeaders.ALLOW, allow);
            }
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        if (lostDatabaseConnection(e)) {
            // The database restarted or failed over under this request; the pool will not hand out that connection again.
            LOG.warnf("Database connection lost during %s (request %s): %s", uri.getPath(),
                    RequestIds.of(headers.getHeaderString(RequestIds.HEADER)), e.getMessage());
            return write(ProblemType.TEMPORARILY_UNAVAILABLE, null, List.of(), headers, uri, locale).header("Retry-After", "1").build();
        }
        LOG.errorf(e, "Unexpected failure of %s (request %s)", uri.getPath(), RequestIds.of(headers.getHeaderString(RequestIds.HEADER)));
        return write(ProblemType.INTERNAL, null, List.of(), headers, uri, locale).build();
    }

    private Response jsonField(JsonMappingException e, String messageKey, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        String field = jsonPath(e.getPath());
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, Messages.get(locale,
                messageKey)));
        return write(ProblemType.VALIDATION, null, errors, headers, uri, locale).build();
    }

    private static Response.ResponseBuilder write(ProblemType type, String detail, List<Problem.FieldError> errors,
            HttpHeaders headers, UriInfo uri, Locale locale) {
        String requestId = RequestIds.of(headers.getHeaderString(RequestIds.HEADER));
        return Response.status(type.status())
                .type(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .header(RequestIds.HEADER, requestId)
                .entity(Problem.of(type, locale, detail, uri.getPath(), requestId, errors));
    }

    /** SQL states of a connection the server ended or that broke (class 08, and 57P01-57P03: shutdown, crash, starting). */
    static boolean lostDatabaseConnection(Throwable e) {
        return lostDatabaseConnection(e, 0);
    }

    /** Through causes and suppressed exceptions: a failed commit carries the SQL error as suppressed. */
    private static boolean lostDatabaseConnection(Throwable e, int depth) {
        if (e == null || depth > 10) {
            return false;
        }
        if (e instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
            return true;
        }
        for (Throwable suppressed : e.getSuppressed()) {
            if (lostDatabaseConnection(suppressed, depth + 1)) {
                return true;
            }
        }
        return lostDatabaseConnection(e.getCause(), depth + 1);
    }

    public static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** {@code register.request.email} becomes {@code email}; a query parameter keeps its own name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName();
                if (node.getIndex() != null && !parts.isEmpty()) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
                }
                if (name != null && !name.startsWith("<")) {
                    parts.add(name);
                }
            }
        }
        if (!parts.isEmpty()) {
            return String.join(".", parts);
        }
        return parameter != null ? parameter : "body";
    }
}
