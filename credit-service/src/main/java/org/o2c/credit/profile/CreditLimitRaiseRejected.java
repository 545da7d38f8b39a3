package org.o2c.credit.profile;

import java.math.BigDecimal;
import java.util.UUID;

/** The pending raise was turned down (or withdrawn by its requester); the limit stays as it was. Internal. */
public record CreditLimitRaiseRejected(UUID customerId, BigDecimal requestedLimit, String requestedBy,
                                       String rejectedBy) {
}
