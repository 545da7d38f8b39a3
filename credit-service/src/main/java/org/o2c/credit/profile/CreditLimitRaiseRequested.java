package org.o2c.credit.profile;

import java.math.BigDecimal;
import java.util.UUID;
import org.o2c.events.EventType;

/**
 * A raise above the legal entity's approval threshold was asked for; it takes effect only when a second credit
 * manager approves it. Internal to credit-service: the published fact is the later CreditLimitChanged.
 */
@EventType("CreditLimitRaiseRequested.v1")
public record CreditLimitRaiseRequested(UUID customerId, String legalEntity, String currency,
                                        BigDecimal currentLimit, BigDecimal requestedLimit, String requestedBy) {
}
