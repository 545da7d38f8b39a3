package org.o2c.runtime.problem;

/**
 * A command that a business rule forbids, thrown by aggregates and policies. It names the rule and, where one
 * field of the request is at fault, the field; it becomes a 422 problem response.
 */
public class BusinessRuleViolation extends ProblemException {
    public BusinessRuleViolation(String field, String rule, String message) {
        super(ProblemType.BUSINESS_RULE_VIOLATED, (field == null ? "" : field + ": ") + message,
                java.util.List.of(new Violation(field, rule, message)));
    }
}
