package org.o2c.events.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;

/**
 * A payment was returned by the bank (reversed): every invoice it had settled is open again by what it had
 * applied, and its unapplied rest leaves the account's unapplied cash. The payment and its applications stay in
 * the history.
 *
 * @param unappliedReversed the part of the payment that was still unapplied when it was returned
 * @param bankAccount       the bank account the payment had arrived on, which the return takes it from; null when
 *                          not known
 */
@EventType("PaymentReturned.v1")
public record PaymentReturned(UUID accountId, UUID paymentId, UUID customerId, String legalEntity, String currency,
                              BigDecimal amount, LocalDate returnedOn, String reason, List<ReopenedItem> reopened,
                              BigDecimal unappliedReversed, @Nullable AccountTotals account,
                              @Nullable BankAccountRef bankAccount) implements ReceivableAccountEvent {
}
