package org.o2c.events.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;

/**
 * What a payment left open on an invoice was written off: a short payment within the legal entity's write-off
 * tolerance. The invoice's open amount falls by the amount; the loss is the company's.
 *
 * @param paymentId         the payment that left the difference
 * @param writtenOffOn      the business date of the write-off (the day the payment was applied)
 * @param reason            why, in words
 * @param invoiceOpenAmount the invoice's open amount after it
 */
@EventType("ItemWrittenOff.v1")
public record ItemWrittenOff(UUID accountId, UUID paymentId, UUID customerId, String legalEntity, String currency,
                             UUID invoiceId, String invoiceNumber, BigDecimal amount, LocalDate writtenOffOn,
                             String reason, BigDecimal invoiceOpenAmount, @Nullable AccountTotals account)
        implements ReceivableAccountEvent {
}
