package org.o2c.events.credit;

import java.math.BigDecimal;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;
import org.o2c.events.PublishedEvent;

/**
 * A customer's credit limit took effect. A raise above the legal entity's approval threshold takes effect only
 * once a second user with the role {@code credit-manager} approved it.
 *
 * @param previousLimit null for a new profile
 * @param approvedBy    the approving user, null when no approval was needed
 */
@EventType("CreditLimitChanged.v1")
public record CreditLimitChanged(UUID customerId, String legalEntity, String currency, @Nullable BigDecimal previousLimit,
                                 BigDecimal newLimit, String requestedBy, String approvedBy)
        implements PublishedEvent {
}
