package org.o2c.events.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/** A customer promised to pay {@code amount} by {@code promisedDate}; its invoices are not dunned meanwhile. */
@EventType("PromiseToPayRecorded.v1")
public record PromiseToPayRecorded(UUID promiseId, UUID customerId, String legalEntity, String currency,
                                   BigDecimal amount, LocalDate promisedDate, List<UUID> invoiceIds)
        implements PublishedEvent {
}
