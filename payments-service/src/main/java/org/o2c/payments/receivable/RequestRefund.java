package org.o2c.payments.receivable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Pay money back to the customer: from a payment's unapplied cash ({@code paymentId} given) or from the account's
 * credit balance. Issued at once when what {@code requestedBy} refunds to this account alone in the month stays
 * within {@code approvalThreshold}; otherwise it waits for a second person.
 *
 * @param payee the masked account the money goes to
 */
public record RequestRefund(@TargetAggregateIdentifier AccountId accountId, UUID refundId, PaymentId paymentId,
                            BigDecimal amount, String payee, String reason, String requestedBy, LocalDate requestedOn,
                            BigDecimal approvalThreshold) {
}
