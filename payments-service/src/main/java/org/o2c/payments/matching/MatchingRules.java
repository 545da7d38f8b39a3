package org.o2c.payments.matching;

import java.math.BigDecimal;
import java.util.Objects;
import org.o2c.payments.receivable.RestOfItem;

/**
 * A legal entity's rules for what matching proposes beyond who pays what: how a payment found only by its payer is
 * spread, and how much of a short payment may be written off.
 */
public record MatchingRules(AllocationOrder order, RestOfItem.Tolerance writeOff) {
    /** Oldest due first, nothing written off. */
    public static final MatchingRules DEFAULT = of(AllocationOrder.OLDEST_DUE_FIRST);

    public MatchingRules {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(writeOff, "writeOff");
    }

    /** The allocation order, nothing written off. */
    public static MatchingRules of(AllocationOrder order) {
        return new MatchingRules(order, new RestOfItem.Tolerance(BigDecimal.ZERO, BigDecimal.ZERO));
    }
}
