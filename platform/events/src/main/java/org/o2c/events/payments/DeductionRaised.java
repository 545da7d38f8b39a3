package org.o2c.events.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;

/**
 * A payment paid an invoice short by more than the write-off tolerance: the rest stays open on the invoice and is a
 * deduction the customer took, for collections to clear up with the customer (it opens a dispute with reason
 * {@code SHORT_PAYMENT}). Changes no open amount.
 *
 * @param deductionId       identifies the deduction: the same payment and invoice always give the same id
 * @param amount            what the payment left open on the invoice
 * @param raisedOn          the day the payment was applied
 * @param reasonCode        {@code SHORT_PAYMENT}
 * @param invoiceOpenAmount the invoice's open amount (equal to {@code amount})
 */
@EventType("DeductionRaised.v1")
public record DeductionRaised(UUID accountId, UUID deductionId, UUID paymentId, UUID customerId, String legalEntity,
                              String currency, UUID invoiceId, String invoiceNumber, BigDecimal amount,
                              LocalDate raisedOn, String reasonCode, String reason, BigDecimal invoiceOpenAmount,
                              @Nullable AccountTotals account) implements ReceivableAccountEvent {
}
