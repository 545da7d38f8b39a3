package org.o2c.payables.supplierinvoice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approve a registered supplier invoice for payment; {@code approvedBy} is the acting user. */
public record ApproveSupplierInvoice(@TargetAggregateIdentifier SupplierInvoiceId supplierInvoiceId,
                                     String approvedBy) {
}
