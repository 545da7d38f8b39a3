package org.o2c.runtime.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.o2c.runtime.rest.InvalidParameter;

/** Turns every failure of a request into an RFC 9457 problem response; the one problem mapper of the platform. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), e.violations(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(Violations.of(v));
        }
        return problem(Violations.problem(violations), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Response problem = respond(ProblemType.UNAUTHENTICATED,
                "send 'Authorization: Bearer <token>' with a valid, unexpired token", List.of(), uri);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "none of the token's roles may do this", List.of(), uri);
    }

    /** Two requests changed the same document at once; the later one changed nothing and may be retried. */
    @ServerExceptionMapper
    public Response concurrent(ConcurrencyException e, UriInfo uri) {
        return respond(ProblemType.CONFLICT, "the document was changed by another request at the same time; "
                + "read it again and retry", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unknownAggregate(AggregateNotFoundException e, UriInfo uri) {
        return respond(ProblemType.NOT_FOUND, "no such document: " + e.getAggregateIdentifier(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameter e, UriInfo uri) {
        return respond(ProblemType.VALIDATION_FAILED, e.getMessage(), List.of(e.violation()), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 412 -> ProblemType.PRECONDITION_FAILED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ProblemType.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.REQUEST_REFUSED;
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        String detail = e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : e.getMessage();
        return respond(type, status, detail, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException p) {
                return problem(p, uri);
            }
        }
        if (DependencyDown.isCause(e)) {
            LOG.warnf("request to %s answered 503: %s", uri == null ? "?" : uri.getPath(), DependencyDown.reason(e));
            return Response.fromResponse(respond(ProblemType.SERVICE_UNAVAILABLE, "the service's database or broker "
                            + "cannot be reached; nothing was changed; retry with the same Idempotency-Key", List.of(), uri))
                    .header(HttpHeaders.RETRY_AFTER, DependencyDown.RETRY_AFTER_SECONDS).build();
        }
        LOG.error("request failed", e);
        return respond(ProblemType.INTERNAL_ERROR, "the request could not be completed; nothing was changed",
                List.of(), uri);
    }

    static Response respond(ProblemType type, String detail, List<Violation> violations, UriInfo uri) {
        return respond(type, type.status(), detail, violations, uri);
    }

    /** The body's status is always the response's status. */
    static Response respond(ProblemType type, int status, String detail, List<Violation> violations, UriInfo uri) {
        if (status < 500) {
            // a refusal is the caller's business, not an incident: one line, no stack trace; refusals by a business
            // rule or the state of a document are worth an operator's eye, malformed input only when debugging
            boolean business = status == 409 || status == 412 || status == 422;
            LOG.logf(business ? Logger.Level.INFO : Logger.Level.DEBUG, "refused %s: %d %s: %s",
                    uri == null ? "?" : uri.getPath(), status, type.uri(), detail);
        }
        Problem body = new Problem(type.uri(), type.title(), status, detail, uri == null ? null : uri.getPath(),
                violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
