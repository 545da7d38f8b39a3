package org.o2c.collections.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An invoice as the receivables ledger last reported it. */
public record OpenItem(UUID invoiceId, String invoiceNumber, UUID customerId, String legalEntity, String currency,
                       LocalDate dueDate, BigDecimal grossAmount, BigDecimal openAmount) {
}
