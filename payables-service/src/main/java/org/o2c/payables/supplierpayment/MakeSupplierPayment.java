package org.o2c.payables.supplierpayment;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.events.payables.SupplierPaymentItem;
import org.o2c.payables.supplier.SupplierId;

/**
 * Record a payment to a supplier over the items its supplier invoices have already taken off their open amounts.
 */
public record MakeSupplierPayment(@TargetAggregateIdentifier SupplierPaymentId supplierPaymentId,
                                  SupplierId supplierId, String legalEntity, Currency currency, LocalDate paymentDate,
                                  List<SupplierPaymentItem> items) {
}
