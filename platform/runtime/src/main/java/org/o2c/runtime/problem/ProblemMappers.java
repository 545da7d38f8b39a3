package org.o2c.runtime.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
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
            violations.add(new Violation(fieldOf(v.getPropertyPath()), ruleOf(v), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::field));
        String detail = violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields break a rule";
        return respond(ProblemType.VALIDATION_FAILED, detail, violations, uri);
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class})
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = pathOf(e);
        if (e instanceof UnrecognizedPropertyException) {
            return respond(ProblemType.VALIDATION_FAILED, field + ": unknown field",
                    List.of(new Violation(field, "unknown-field", "is not a field of this request")), uri);
        }
        if (e instanceof InvalidFormatException invalid) {
            String expected = typeName(invalid.getTargetType());
            return respond(ProblemType.VALIDATION_FAILED, field + ": not a valid " + expected,
                    List.of(new Violation(field, "format", "'" + invalid.getValue() + "' is not a valid " + expected)),
                    uri);
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        if (e instanceof MismatchedInputException mismatched && !field.isEmpty()) {
            String expected = typeName(mismatched.getTargetType());
            return respond(ProblemType.VALIDATION_FAILED, field + ": expected " + expected,
                    List.of(new Violation(field, "type", "expected " + expected)), uri);
        }
        if (e instanceof JsonMappingException mapping && !field.isEmpty()) {
            return respond(ProblemType.VALIDATION_FAILED, field + ": " + mapping.getOriginalMessage(),
                    List.of(new Violation(field, "value", mapping.getOriginalMessage())), uri);
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        return respond(ProblemType.MALFORMED_REQUEST, "the body is not a JSON object of the expected shape" + where,
                List.of(), uri);
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
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
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
        if (e.getCause() instanceof ProblemException p) {
            return problem(p, uri);
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
        Problem body = new Problem(type.uri(), type.title(), status, detail, uri == null ? null : uri.getPath(),
                violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /**
     * The JSON path of the failure, e.g. {@code lines[0].quantity}, read from where the parser stood; Jackson's
     * own reference path loses the outer fields of records built through their constructors.
     */
    private static String pathOf(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser parser) {
            String path = pathOf(parser.getParsingContext());
            if (!path.isEmpty()) {
                return path;
            }
        }
        if (e instanceof JsonMappingException mapping) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        return "";
    }

    private static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String typeName(Class<?> type) {
        return type == null ? "value of another type" : type.getSimpleName();
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
