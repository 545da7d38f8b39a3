package org.o2c.credit.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The credit check rule: an order is approved when the customer has a credit profile, is not on hold, and its
 * exposure plus the order stays within the limit. Otherwise it is declined with every reason that applies.
 */
public final class CreditDecision {
    public static final String NO_CREDIT_PROFILE = "NO_CREDIT_PROFILE";
    public static final String CUSTOMER_ON_HOLD = "CUSTOMER_ON_HOLD";
    public static final String EXPOSURE_ABOVE_LIMIT = "EXPOSURE_ABOVE_LIMIT";

    private CreditDecision() {
    }

    /** The reasons to decline; empty means approved. {@code limit} is null when there is no profile. */
    public static List<String> reasonsToDecline(BigDecimal limit, boolean onHold, BigDecimal exposure,
                                                BigDecimal orderAmount) {
        List<String> reasons = new ArrayList<>();
        if (limit == null) {
            reasons.add(NO_CREDIT_PROFILE);
            return reasons;
        }
        if (onHold) {
            reasons.add(CUSTOMER_ON_HOLD);
        }
        if (exposure.add(orderAmount).compareTo(limit) > 0) {
            reasons.add(EXPOSURE_ABOVE_LIMIT);
        }
        return reasons;
    }
}
