package org.o2c.events.credit;

import java.math.BigDecimal;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/** New orders of this customer are to be held; {@code reason} states the rule that placed the hold. */
@EventType("CreditHoldPlaced.v1")
public record CreditHoldPlaced(UUID customerId, String legalEntity, String currency, String reason,
                               BigDecimal creditLimit, BigDecimal exposure) implements PublishedEvent {
}
