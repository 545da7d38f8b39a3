package org.o2c.collections.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An open item of a customer that a dunning run may chase: not disputed, not under a running promise. */
public record OverdueItem(UUID invoiceId, String invoiceNumber, String currency, LocalDate dueDate,
                          BigDecimal openAmount) {
}
