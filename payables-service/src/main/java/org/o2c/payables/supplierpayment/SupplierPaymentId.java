package org.o2c.payables.supplierpayment;

import java.util.Objects;
import java.util.UUID;
import org.o2c.runtime.id.TimeOrderedIds;

/** Identifies a payment we made to a supplier. */
public record SupplierPaymentId(UUID value) {
    public SupplierPaymentId {
        Objects.requireNonNull(value, "supplier payment id");
    }

    public static SupplierPaymentId newId() {
        return new SupplierPaymentId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
