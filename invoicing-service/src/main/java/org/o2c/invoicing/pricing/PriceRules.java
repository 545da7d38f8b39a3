package org.o2c.invoicing.pricing;

import java.math.BigDecimal;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;

/** The rules price lists and contract prices share: a unit price is not negative; a change is made on the latest. */
final class PriceRules {
    private PriceRules() {
    }

    /** @param field where the price stands in the request, e.g. {@code prices[3].unitPrice} */
    static void notNegative(BigDecimal unitPrice, String field) {
        if (unitPrice.signum() < 0) {
            throw new BusinessRuleViolation(field, "not-negative", "a unit price is 0 or more");
        }
    }

    /**
     * A change made on an older revision than the current one (If-Match) is refused; none given, it replaces the
     * current one.
     *
     * @param what what is at that revision, as the refusal names it ("the price list is")
     */
    static void onCurrentRevision(Integer expected, int current, String what, String advice) {
        if (expected != null && expected != current) {
            throw ProblemException.field(ProblemType.PRECONDITION_FAILED, "If-Match", "current-version",
                    what + " at revision \"" + current + "\"; " + advice);
        }
    }
}
