package org.o2c.events.payments;

import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/** An invoice's open amount reached zero, by payments, credit notes or both. */
@EventType("InvoiceSettled.v1")
public record InvoiceSettled(UUID accountId, UUID customerId, String legalEntity, String currency, UUID invoiceId,
                             String invoiceNumber, LocalDate settledOn) implements PublishedEvent {
}
