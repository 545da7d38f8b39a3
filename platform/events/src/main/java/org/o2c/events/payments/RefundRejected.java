package org.o2c.events.payments;

import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/** A refund waiting for a second person was rejected: nothing left the account. */
@EventType("RefundRejected.v1")
public record RefundRejected(UUID accountId, UUID refundId, UUID customerId, String legalEntity, String rejectedBy,
                             String reason) implements PublishedEvent {
}
