package org.o2c.events.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;

/**
 * A customer's payment arrived; until applied it is unapplied cash on the account.
 *
 * @param bankAccount the bank account it arrived on: the one of the statement line it was taken from, or the one a
 *                    clerk named; null when not known
 */
@EventType("PaymentReceived.v1")
public record PaymentReceived(UUID accountId, UUID paymentId, UUID customerId, String legalEntity, String currency,
                              BigDecimal amount, LocalDate valueDate, String payerReference,
                              @Nullable AccountTotals account,
                              @Nullable BankAccountRef bankAccount)
        implements ReceivableAccountEvent {
}
