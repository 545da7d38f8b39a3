package org.o2c.events.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;

/**
 * Part of the account's credit balance (what a credit note gave beyond what its invoice had open) was applied to a
 * later invoice, like cash: the invoice's open amount and the credit balance fall by the amount.
 *
 * @param invoiceOpenAmount the invoice's open amount after it
 */
@EventType("CreditBalanceApplied.v1")
public record CreditBalanceApplied(UUID accountId, UUID customerId, String legalEntity, String currency,
                                   UUID invoiceId, String invoiceNumber, BigDecimal amount, LocalDate appliedOn,
                                   BigDecimal invoiceOpenAmount, @Nullable AccountTotals account)
        implements ReceivableAccountEvent {
}
