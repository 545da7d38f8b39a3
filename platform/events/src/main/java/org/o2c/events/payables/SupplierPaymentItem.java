package org.o2c.events.payables;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a supplier payment paid on one supplier invoice.
 *
 * @param openAmount the supplier invoice's open amount after this payment
 */
public record SupplierPaymentItem(UUID supplierInvoiceId, String supplierInvoiceNumber, BigDecimal amount,
                                  BigDecimal openAmount) {
}
