package org.o2c.payables.supplier;

import java.util.Currency;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take on a supplier we buy from, with the currency it invoices in and its payment terms. */
public record RegisterSupplier(@TargetAggregateIdentifier SupplierId supplierId, String name, String legalEntity,
                               Currency currency, int paymentTermsNetDays) {
}
