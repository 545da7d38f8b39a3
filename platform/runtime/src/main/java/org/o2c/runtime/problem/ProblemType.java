package org.o2c.runtime.problem;

/** The kinds of problem the platform answers with; each has a stable type URI and status. */
public enum ProblemType {
    VALIDATION_FAILED(400, "Request is not valid"),
    MALFORMED_REQUEST(400, "Request body is not readable JSON of the expected shape"),
    UNAUTHENTICATED(401, "A valid bearer token is required"),
    FORBIDDEN(403, "The token's roles do not allow this"),
    LEGAL_ENTITY_NOT_GRANTED(403, "The token does not act for this legal entity"),
    NOT_FOUND(404, "No such resource"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "None of the accepted media types can be produced"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large"),
    URI_TOO_LONG(414, "The request line is too long"),
    HEADERS_TOO_LARGE(431, "The request headers are too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    REQUEST_REFUSED(400, "The request was refused"),
    CONFLICT(409, "Conflicts with the current state"),
    PRECONDITION_FAILED(412, "The resource has changed since it was read"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency-Key was already used for a different request"),
    BUSINESS_RULE_VIOLATED(422, "A business rule forbids this"),
    UNKNOWN_REFERENCE(422, "A referenced resource does not exist"),
    INTERNAL_ERROR(500, "Unexpected error"),
    SERVICE_UNAVAILABLE(503, "The service cannot answer now; retry later");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:o2c:problem:" + name().toLowerCase().replace('_', '-');
    }
}
