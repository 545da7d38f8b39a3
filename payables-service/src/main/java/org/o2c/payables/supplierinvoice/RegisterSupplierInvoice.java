package org.o2c.payables.supplierinvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.payables.supplier.SupplierId;

/**
 * Register a supplier's invoice as a payable. The supplier's legal entity and currency have been looked up;
 * {@code registeredBy} is the acting user, who will not be allowed to approve it.
 */
public record RegisterSupplierInvoice(@TargetAggregateIdentifier SupplierInvoiceId supplierInvoiceId,
                                      SupplierId supplierId, String supplierInvoiceNumber, String legalEntity,
                                      Currency currency, LocalDate invoiceDate, LocalDate dueDate,
                                      BigDecimal netAmount, BigDecimal taxAmount, BigDecimal grossAmount,
                                      String registeredBy) {
}
