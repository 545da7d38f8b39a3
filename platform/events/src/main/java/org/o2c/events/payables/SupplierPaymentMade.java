package org.o2c.events.payables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/** We paid a supplier {@code amount} on {@code paymentDate}, for approved supplier invoices. */
@EventType("SupplierPaymentMade.v1")
public record SupplierPaymentMade(UUID supplierPaymentId, UUID supplierId, String legalEntity, String currency,
                                  LocalDate paymentDate, BigDecimal amount, List<SupplierPaymentItem> items)
        implements PublishedEvent {
}
