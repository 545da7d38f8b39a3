package org.o2c.payables.supplierinvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;

/**
 * Part or all of a supplier invoice's open amount was paid by a supplier payment. Internal to payables: the
 * published fact is the payment's SupplierPaymentMade, which lists the same amount and open amount per invoice.
 *
 * @param openAmount the invoice's open amount after this payment
 */
@EventType("SupplierInvoicePaid.v1")
public record SupplierInvoicePaid(UUID supplierInvoiceId, UUID supplierPaymentId, LocalDate paymentDate,
                                  BigDecimal amount, BigDecimal openAmount) {
}
