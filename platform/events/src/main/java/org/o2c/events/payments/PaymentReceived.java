package org.o2c.events.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;

/** A customer's payment arrived; until applied it is unapplied cash on the account. */
@EventType("PaymentReceived.v1")
public record PaymentReceived(UUID accountId, UUID paymentId, UUID customerId, String legalEntity, String currency,
                              BigDecimal amount, LocalDate valueDate, String payerReference, @Nullable AccountTotals account)
        implements ReceivableAccountEvent {
}
