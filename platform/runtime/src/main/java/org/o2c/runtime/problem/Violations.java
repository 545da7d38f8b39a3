package org.o2c.runtime.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Bean Validation's findings as the platform's violations: the field as a JSON path, the rule as a stable word. */
public final class Violations {
    private Violations() {
    }

    public static Violation of(ConstraintViolation<?> v) {
        return new Violation(fieldOf(v.getPropertyPath()), ruleOf(v), v.getMessage());
    }

    /** The validation problem of a request that broke these rules, listed by field. */
    public static ProblemException problem(List<Violation> violations) {
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparing(Violation::field, Comparator.nullsFirst(Comparator.naturalOrder())));
        String detail = sorted.size() == 1 ? sorted.get(0).field() + ": " + sorted.get(0).message()
                : sorted.size() + " rules are broken";
        return new ProblemException(ProblemType.VALIDATION_FAILED, detail, sorted);
    }

    /**
     * A path like {@code issue.request.lines[0].quantity} becomes {@code lines[0].quantity}; a query parameter
     * keeps its name.
     */
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
