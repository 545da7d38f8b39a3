package org.o2c.runtime.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.List;

/** Bean Validation's findings as the platform's violations: the field as a JSON path, the rule as a stable word. */
public final class Violations {
    private Violations() {
    }

    public static Violation of(ConstraintViolation<?> v) {
        return new Violation(fieldOf(v.getPropertyPath()), ruleOf(v), v.getMessage());
    }

    /** The problem's detail for a list of violations. */
    public static String summary(List<Violation> violations) {
        if (violations.size() == 1) {
            Violation only = violations.get(0);
            return only.field() + ": " + only.message();
        }
        return violations.size() + " rules are broken";
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
