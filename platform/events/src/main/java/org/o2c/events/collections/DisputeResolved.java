package org.o2c.events.collections;

import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/**
 * A dispute was closed.
 *
 * @param resolution e.g. {@code CUSTOMER_RIGHT} (a credit note is due) or {@code CUSTOMER_WRONG} (dunning resumes)
 */
@EventType("DisputeResolved.v1")
public record DisputeResolved(UUID disputeId, UUID invoiceId, UUID customerId, String legalEntity,
                              String resolution, String note, LocalDate resolvedOn) implements PublishedEvent {
}
