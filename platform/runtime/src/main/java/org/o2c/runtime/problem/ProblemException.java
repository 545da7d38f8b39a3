package org.o2c.runtime.problem;

import java.util.List;

/**
 * Invalid input or a forbidden request, answered as a problem response. Thrown before anything is changed,
 * or inside the request's transaction, so that nothing of the request stays.
 */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final List<Violation> violations;

    public ProblemException(ProblemType type, String detail, List<Violation> violations) {
        super(detail);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    /** A single field breaking a single rule. */
    public static ProblemException field(ProblemType type, String field, String rule, String message) {
        return new ProblemException(type, field + ": " + message, List.of(new Violation(field, rule, message)));
    }

    /**
     * The same problem, found in one element of a request's list: each field is then named from the request's root,
     * e.g. {@code invoices[3].lines[0].quantity}.
     */
    public ProblemException within(String path) {
        List<Violation> located = violations.stream().map(v -> new Violation(
                v.field() == null ? path : path + "." + v.field(), v.rule(), v.message())).toList();
        return new ProblemException(type, path + ": " + getMessage(), located);
    }

    public ProblemType type() {
        return type;
    }

    public List<Violation> violations() {
        return violations;
    }
}
