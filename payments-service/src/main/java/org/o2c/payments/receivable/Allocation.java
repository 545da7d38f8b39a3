package org.o2c.payments.receivable;

import java.math.BigDecimal;
import org.o2c.runtime.id.InvoiceId;

/**
 * Part of a payment to apply to one invoice.
 *
 * @param rest how what the allocation leaves open on the invoice is settled; null: it stays open
 */
public record Allocation(InvoiceId invoiceId, BigDecimal amount, RestOfItem rest) {

    public Allocation(InvoiceId invoiceId, BigDecimal amount) {
        this(invoiceId, amount, null);
    }
}
