package org.o2c.credit.profile;

import java.math.BigDecimal;
import java.util.UUID;
import org.o2c.events.EventType;

/** The pending raise was turned down (or withdrawn by its requester); the limit stays as it was. Internal. */
@EventType("CreditLimitRaiseRejected.v1")
public record CreditLimitRaiseRejected(UUID customerId, BigDecimal requestedLimit, String requestedBy,
                                       String rejectedBy) {
}
