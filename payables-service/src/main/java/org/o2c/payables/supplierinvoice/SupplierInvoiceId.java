package org.o2c.payables.supplierinvoice;

import java.util.Objects;
import java.util.UUID;
import org.o2c.runtime.id.TimeOrderedIds;

/** Identifies a supplier invoice registered as a payable (not the supplier's own invoice number). */
public record SupplierInvoiceId(UUID value) {
    public SupplierInvoiceId {
        Objects.requireNonNull(value, "supplier invoice id");
    }

    public static SupplierInvoiceId newId() {
        return new SupplierInvoiceId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
