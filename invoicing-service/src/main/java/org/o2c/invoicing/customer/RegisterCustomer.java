package org.o2c.invoicing.customer;

import java.util.Currency;
import org.o2c.runtime.id.CustomerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a customer account for billing. */
public record RegisterCustomer(@TargetAggregateIdentifier CustomerId customerId, String name, String legalEntity,
                               Currency currency, int paymentTermsNetDays) {
}
