package org.o2c.events.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;

/**
 * Part of a payment was applied to one invoice.
 *
 * @param automatic            true when applied because the payer reference named the invoice
 * @param invoiceOpenAmount    the invoice's open amount after this application
 * @param paymentUnappliedAmount what of the payment is still unapplied after it
 */
@EventType("PaymentApplied.v1")
public record PaymentApplied(UUID accountId, UUID paymentId, UUID customerId, String legalEntity, String currency,
                             UUID invoiceId, String invoiceNumber, BigDecimal amount, LocalDate appliedOn,
                             boolean automatic, BigDecimal invoiceOpenAmount, BigDecimal paymentUnappliedAmount,
                             @Nullable AccountTotals account)
        implements ReceivableAccountEvent {
}
