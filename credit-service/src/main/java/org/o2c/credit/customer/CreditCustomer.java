package org.o2c.credit.customer;

import java.util.UUID;

/** A customer as credit knows it: who bills it and in which currency its exposure and limit are kept. */
public record CreditCustomer(UUID customerId, String name, String legalEntity, String currency) {
}
