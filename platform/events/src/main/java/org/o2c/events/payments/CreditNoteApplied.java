package org.o2c.events.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;

/**
 * A credit note reduced its invoice's open amount by {@code appliedAmount}; any part of the credit note above
 * what was still open ({@code excessAmount}) went to the account's credit balance.
 */
@EventType("CreditNoteApplied.v1")
public record CreditNoteApplied(UUID accountId, UUID customerId, String legalEntity, String currency,
                                UUID creditNoteId, String creditNoteNumber, UUID invoiceId, String invoiceNumber,
                                LocalDate issueDate, BigDecimal creditNoteAmount, BigDecimal appliedAmount,
                                BigDecimal excessAmount, BigDecimal invoiceOpenAmount, @Nullable AccountTotals account)
        implements ReceivableAccountEvent {
}
