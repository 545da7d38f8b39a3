package org.o2c.credit.profile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.runtime.id.CustomerId;

/** Turn down (or, by its requester, withdraw) the limit raise that awaits approval. */
public record RejectPendingLimitChange(@TargetAggregateIdentifier CustomerId customerId, String rejectedBy) {
}
