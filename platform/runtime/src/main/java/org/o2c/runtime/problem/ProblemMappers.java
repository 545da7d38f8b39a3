package org.o2c.runtime.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
            violations.add(new Violation(fieldOf(v.getPropertyPath()), ruleOf(v), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::field));
        String detail = violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields break a rule";
        return respond(ProblemType.VALIDATION_FAILED, detail, violations, uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = pathOf(e);
        return respond(ProblemType.VALIDATION_FAILED, field + ": unknown field",
                List.of(new Violation(field, "unknown-field", "is not a field of this request")), uri);
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e, UriInfo uri) {
        String field = pathOf(e);
        String expected = e.getTargetType() == null ? "another type" : e.getTargetType().getSimpleName();
        return respond(ProblemType.VALIDATION_FAILED, field + ": not a valid " + expected,
                List.of(new Violation(field, "format", "'" + e.getValue() + "' is not a valid " + expected)), uri);
    }

    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e, UriInfo uri) {
        String field = pathOf(e);
        if (field.isEmpty()) {
            return respond(ProblemType.MALFORMED_REQUEST, "the body is empty or not a JSON object", List.of(), uri);
        }
        String expected = e.getTargetType() == null ? "another type" : e.getTargetType().getSimpleName();
        return respond(ProblemType.VALIDATION_FAILED, field + ": expected " + expected,
                List.of(new Violation(field, "type", "expected " + expected)), uri);
    }

    @ServerExceptionMapper
    public Response refusedValue(ValueInstantiationException e, UriInfo uri) {
        String field = pathOf(e);
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof ProblemException p) {
            return problem(p, uri);
        }
        return respond(ProblemType.VALIDATION_FAILED, field + ": " + cause.getMessage(),
                List.of(new Violation(field, "value", cause.getMessage())), uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonMappingException e, UriInfo uri) {
        String field = pathOf(e);
        return respond(ProblemType.VALIDATION_FAILED, field + ": " + e.getOriginalMessage(),
                List.of(new Violation(field, "value", e.getOriginalMessage())), uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        return respond(ProblemType.MALFORMED_REQUEST, "the body is not valid JSON" + where, List.of(), uri);
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

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameter e, UriInfo uri) {
        return respond(ProblemType.VALIDATION_FAILED, e.getMessage(), List.of(e.violation()), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.MALFORMED_REQUEST;
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        String detail = e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : e.getMessage();
        return Response.fromResponse(respond(type, detail, List.of(), uri)).status(status).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (e.getCause() instanceof ProblemException p) {
            return problem(p, uri);
        }
        LOG.error("request failed", e);
        return respond(ProblemType.INTERNAL_ERROR, "the request could not be completed; nothing was changed",
                List.of(), uri);
    }

    static Response respond(ProblemType type, String detail, List<Violation> violations, UriInfo uri) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail,
                uri == null ? null : uri.getPath(), violations);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A path like {@code issue.request.lines[0].quantity} becomes {@code lines[0].quantity}; a query parameter keeps its name. */
    private static String fieldOf(Path path) {
        String parameter = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        return field.isEmpty() ? String.valueOf(parameter) : field.toString();
    }

    private static String ruleOf(ConstraintViolation<?> v) {
        String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Positive" -> "positive";
            case "PositiveOrZero" -> "not-negative";
            case "DecimalMin", "Min" -> "minimum";
            case "DecimalMax", "Max" -> "maximum";
            case "Size" -> "size";
            case "Pattern" -> "pattern";
            case "Digits" -> "digits";
            default -> Character.toLowerCase(annotation.charAt(0)) + annotation.substring(1)
                    .replaceAll("([A-Z])", "-$1").toLowerCase();
        };
    }
}
