package org.o2c.credit.profile;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.runtime.id.CustomerId;

/** Approve the limit raise that awaits a second credit manager; carries the exposure as it stands now. */
public record ApprovePendingLimitChange(@TargetAggregateIdentifier CustomerId customerId, String approvedBy,
                                        BigDecimal exposure) {
}
