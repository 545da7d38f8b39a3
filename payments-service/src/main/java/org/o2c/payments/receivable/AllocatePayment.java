package org.o2c.payments.receivable;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Apply parts of a payment's unapplied rest to open items of the same account. */
public record AllocatePayment(@TargetAggregateIdentifier AccountId accountId, PaymentId paymentId,
                              List<Allocation> allocations, LocalDate appliedOn) {
}
