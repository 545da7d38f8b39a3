package org.o2c.invoicing.customer;

import java.util.Currency;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a customer account for billing. */
public record RegisterCustomer(@TargetAggregateIdentifier UUID customerId, String name, String legalEntity,
                               Currency currency, int paymentTermsNetDays) {
}
