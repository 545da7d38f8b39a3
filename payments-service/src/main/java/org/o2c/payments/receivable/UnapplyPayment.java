package org.o2c.payments.receivable;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take back one application of a payment (counted from 1 in the order they were made), the payment itself kept:
 * the invoice reopens by the amount, which becomes unapplied cash of the payment again.
 */
public record UnapplyPayment(@TargetAggregateIdentifier AccountId accountId, PaymentId paymentId, int allocation,
                             LocalDate unappliedOn, String reason) {
}
