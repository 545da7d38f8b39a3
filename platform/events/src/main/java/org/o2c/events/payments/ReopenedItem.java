package org.o2c.events.payments;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An invoice that a returned payment had settled in part or in full, open again by {@code amount}.
 *
 * @param invoiceOpenAmount the invoice's open amount after reopening
 */
public record ReopenedItem(UUID invoiceId, String invoiceNumber, BigDecimal amount, BigDecimal invoiceOpenAmount) {
}
