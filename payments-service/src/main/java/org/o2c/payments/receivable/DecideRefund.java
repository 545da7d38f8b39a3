package org.o2c.payments.receivable;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A second person's decision on a refund waiting for approval: approved (issued on {@code decidedOn}) or
 * rejected with a reason.
 */
public record DecideRefund(@TargetAggregateIdentifier AccountId accountId, UUID refundId, boolean approve,
                           String decidedBy, String reason, LocalDate decidedOn) {
}
