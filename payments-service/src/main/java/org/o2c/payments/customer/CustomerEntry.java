package org.o2c.payments.customer;

import java.util.UUID;

/**
 * A customer as payments knows it from invoicing's events.
 *
 * @param name     null until its CustomerRegistered has arrived (an invoice may come first)
 * @param currency the billing currency: the currency payments of this customer are received in
 */
public record CustomerEntry(UUID customerId, String name, String legalEntity, String currency) {
}
