package org.o2c.events.payments;

import java.math.BigDecimal;
import java.util.UUID;
import org.o2c.events.Nullable;

/**
 * An invoice that a returned payment had settled in part or in full, open again by {@code amount} (and by the
 * discount or write-off that completed the payment's application, when there was one).
 *
 * @param amount            what the payment had applied to the invoice
 * @param invoiceOpenAmount the invoice's open amount after reopening
 * @param rest              the discount or write-off reversed with it, or null
 */
public record ReopenedItem(UUID invoiceId, String invoiceNumber, BigDecimal amount, BigDecimal invoiceOpenAmount,
                           @Nullable SettledRest rest) {

    public ReopenedItem(UUID invoiceId, String invoiceNumber, BigDecimal amount, BigDecimal invoiceOpenAmount) {
        this(invoiceId, invoiceNumber, amount, invoiceOpenAmount, null);
    }
}
