package org.o2c.events.credit;

import java.math.BigDecimal;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/** A credit hold ended; {@code reason} says why (the rule no longer holds, or a user released it). */
@EventType("CreditHoldReleased.v1")
public record CreditHoldReleased(UUID customerId, String legalEntity, String currency, String reason,
                                 BigDecimal creditLimit, BigDecimal exposure) implements PublishedEvent {
}
