package org.o2c.reporting.period;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A second person approves the reopening another one asked for. */
public record ApproveReopening(@TargetAggregateIdentifier AccountingPeriodId periodId, String approvedBy) {
}
