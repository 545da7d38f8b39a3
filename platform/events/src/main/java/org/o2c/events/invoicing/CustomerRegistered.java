package org.o2c.events.invoicing;

import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/**
 * A customer account was opened for billing.
 *
 * @param paymentTermsNetDays days from issue date to due date on this customer's invoices
 */
@EventType("CustomerRegistered.v1")
public record CustomerRegistered(UUID customerId, String name, String legalEntity, String currency,
                                 int paymentTermsNetDays) implements PublishedEvent {
}
