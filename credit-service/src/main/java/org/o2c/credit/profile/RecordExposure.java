package org.o2c.credit.profile;

import java.math.BigDecimal;
import java.util.Currency;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.runtime.id.CustomerId;

/** The customer's exposure in one currency changed (learned from the payments topic). */
public record RecordExposure(@TargetAggregateIdentifier CustomerId customerId, Currency currency,
                             BigDecimal exposure) {
}
