package org.o2c.payables.supplierinvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.payables.supplier.SupplierId;

/**
 * Take {@code amount} of a supplier payment off this invoice's open amount. Answers the payment item: what was
 * paid and what is still open.
 *
 * @param supplierId the supplier being paid, which must be the invoice's
 */
public record PaySupplierInvoice(@TargetAggregateIdentifier SupplierInvoiceId supplierInvoiceId,
                                 SupplierId supplierId, UUID supplierPaymentId, LocalDate paymentDate,
                                 BigDecimal amount) {
}
