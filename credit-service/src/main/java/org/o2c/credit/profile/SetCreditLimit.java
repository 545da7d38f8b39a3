package org.o2c.credit.profile;

import java.math.BigDecimal;
import java.util.Currency;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.runtime.id.CustomerId;

/**
 * Set a customer's credit limit. Carries the customer's exposure as it stands when the request is handled (the
 * exposure row is locked meanwhile) and the approval threshold of the customer's legal entity.
 */
public record SetCreditLimit(@TargetAggregateIdentifier CustomerId customerId, String legalEntity, Currency currency,
                             BigDecimal creditLimit, BigDecimal exposure, BigDecimal approvalThreshold,
                             String requestedBy) {
}
