package org.o2c.events.payables;

import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/** A supplier we buy from, invoiced in {@code currency}, with its payment terms. */
@EventType("SupplierRegistered.v1")
public record SupplierRegistered(UUID supplierId, String name, String legalEntity, String currency,
                                 int paymentTermsNetDays) implements PublishedEvent {
}
