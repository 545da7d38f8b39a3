package org.o2c.events.credit;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;
import org.o2c.events.PublishedEvent;

/** A credit check for an order was declined, with every reason and the exposure it used. */
@EventType("CreditCheckDeclined.v1")
public record CreditCheckDeclined(UUID creditCheckId, UUID customerId, String legalEntity, String currency,
                                  BigDecimal orderAmount, @Nullable BigDecimal creditLimit, BigDecimal exposure,
                                  List<String> reasons) implements PublishedEvent {
}
