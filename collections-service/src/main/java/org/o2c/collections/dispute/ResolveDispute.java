package org.o2c.collections.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a dispute with its outcome. */
public record ResolveDispute(@TargetAggregateIdentifier DisputeId disputeId, DisputeResolution resolution,
                             String note, LocalDate resolvedOn) {
}
