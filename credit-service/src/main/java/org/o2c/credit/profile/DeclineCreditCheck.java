package org.o2c.credit.profile;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.runtime.id.CustomerId;

/**
 * Record that a credit check was declined, with the figures it used. Goes to the customer's credit profile so
 * that the decline is published keyed by the customer, even when the customer has no limit yet.
 *
 * @param creditLimit null when the customer has no credit profile
 */
public record DeclineCreditCheck(@TargetAggregateIdentifier CustomerId customerId, UUID creditCheckId,
                                 String legalEntity, Currency currency, BigDecimal orderAmount,
                                 BigDecimal creditLimit, BigDecimal exposure, List<String> reasons) {
}
