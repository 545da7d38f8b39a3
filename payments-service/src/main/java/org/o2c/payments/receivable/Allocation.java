package org.o2c.payments.receivable;

import java.math.BigDecimal;
import org.o2c.runtime.id.InvoiceId;

/** Part of a payment to apply to one invoice. */
public record Allocation(InvoiceId invoiceId, BigDecimal amount) {
}
