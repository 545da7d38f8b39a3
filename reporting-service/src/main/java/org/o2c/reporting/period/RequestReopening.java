package org.o2c.reporting.period;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The first of the two people who reopen a closed period asks for it, with a reason. */
public record RequestReopening(@TargetAggregateIdentifier AccountingPeriodId periodId, String reason,
                               String requestedBy) {
}
