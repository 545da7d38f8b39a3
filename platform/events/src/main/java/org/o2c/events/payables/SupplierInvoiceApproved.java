package org.o2c.events.payables;

import java.math.BigDecimal;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/** A user other than the one who registered it approved a supplier invoice for payment. */
@EventType("SupplierInvoiceApproved.v1")
public record SupplierInvoiceApproved(UUID supplierInvoiceId, UUID supplierId, String supplierInvoiceNumber,
                                      String legalEntity, String currency, BigDecimal approvedAmount,
                                      String approvedBy) implements PublishedEvent {
}
