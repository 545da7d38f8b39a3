package org.o2c.events.payables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/** A supplier's invoice was registered as a payable; it can be paid once approved by another user. */
@EventType("SupplierInvoiceRegistered.v1")
public record SupplierInvoiceRegistered(UUID supplierInvoiceId, UUID supplierId, String supplierInvoiceNumber,
                                        String legalEntity, String currency, LocalDate invoiceDate,
                                        LocalDate dueDate, BigDecimal netAmount, BigDecimal taxAmount,
                                        BigDecimal grossAmount, String registeredBy) implements PublishedEvent {
}
