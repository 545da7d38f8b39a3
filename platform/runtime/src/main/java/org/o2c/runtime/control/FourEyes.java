package org.o2c.runtime.control;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The platform's one shape of a maker-checker control: what one person may do alone is measured against the last
 * value a second person approved, never against the value in force, so that a control cannot be split into steps
 * each below its threshold; and the checker is another person than the maker, compared by user, so that one
 * person holding two roles cannot be both.
 *
 * <p>The baseline a control keeps is the last value a second person approved, or a lower value reached since
 * (lowering reduces the risk and is done by one person); a new control starts from zero.
 */
public record FourEyes(BigDecimal threshold) {

    public FourEyes {
        Objects.requireNonNull(threshold, "threshold");
        if (threshold.signum() < 0) {
            throw new IllegalArgumentException("a four-eyes threshold is not negative");
        }
    }

    /** Whether taking {@code proposed} into force needs a second person, given the baseline (null: nothing yet). */
    public boolean needsSecondPerson(BigDecimal proposed, BigDecimal baseline) {
        BigDecimal from = baseline == null ? BigDecimal.ZERO : baseline;
        return proposed.subtract(from).compareTo(threshold) > 0;
    }

    /**
     * The baseline after a value came into force: the value itself when a second person approved it or when it
     * lowers the baseline; otherwise the baseline stays.
     */
    public static BigDecimal baselineAfter(BigDecimal baseline, BigDecimal inForce, boolean approvedBySecondPerson) {
        BigDecimal from = baseline == null ? BigDecimal.ZERO : baseline;
        return approvedBySecondPerson || inForce.compareTo(from) < 0 ? inForce : from;
    }

    /**
     * Whether the checker is the maker. Users are compared by name, ignoring case, whatever roles they act in: one
     * person holding both roles is still one person.
     */
    public static boolean samePerson(String maker, String checker) {
        return maker != null && maker.equalsIgnoreCase(checker);
    }
}
