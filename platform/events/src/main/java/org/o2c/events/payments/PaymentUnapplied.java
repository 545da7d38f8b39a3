package org.o2c.events.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;

/**
 * One application of a payment was taken back, the payment itself kept: the invoice is open again by the amount,
 * the amount is unapplied cash of the payment again. The application stays in the history, marked reversed.
 *
 * @param allocation         which application of the payment, counted from 1 in the order they were made
 * @param unappliedOn        the business date of the reversal (not before the application)
 * @param invoiceOpenAmount  the invoice's open amount after it
 * @param paymentUnappliedAmount what of the payment is unapplied after it
 * @param rest               the discount or write-off that completed the application, reversed with it, or null
 */
@EventType("PaymentUnapplied.v1")
public record PaymentUnapplied(UUID accountId, UUID paymentId, UUID customerId, String legalEntity, String currency,
                               int allocation, UUID invoiceId, String invoiceNumber, BigDecimal amount,
                               LocalDate unappliedOn, String reason, BigDecimal invoiceOpenAmount,
                               BigDecimal paymentUnappliedAmount, @Nullable AccountTotals account,
                               @Nullable SettledRest rest)
        implements ReceivableAccountEvent {
}
