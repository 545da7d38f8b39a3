package org.o2c.payments.receivable;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The bank returned a payment: undo everything it did on the account, keeping its history. */
public record ReturnPayment(@TargetAggregateIdentifier AccountId accountId, PaymentId paymentId, String reason,
                            LocalDate returnedOn) {
}
