package org.o2c.events.credit;

import java.math.BigDecimal;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/** A customer's exposure rose above its credit limit; published once per upward crossing. */
@EventType("CreditLimitBreached.v1")
public record CreditLimitBreached(UUID customerId, String legalEntity, String currency, BigDecimal creditLimit,
                                  BigDecimal exposure) implements PublishedEvent {
}
