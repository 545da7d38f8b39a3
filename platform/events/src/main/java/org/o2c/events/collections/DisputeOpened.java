package org.o2c.events.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/** A customer disputes (part of) an invoice; the invoice is not dunned while the dispute is open. */
@EventType("DisputeOpened.v1")
public record DisputeOpened(UUID disputeId, UUID invoiceId, String invoiceNumber, UUID customerId,
                            String legalEntity, String currency, String reasonCode, BigDecimal amount,
                            LocalDate openedOn) implements PublishedEvent {
}
