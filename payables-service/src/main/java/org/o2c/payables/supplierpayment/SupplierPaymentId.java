package org.o2c.payables.supplierpayment;

import java.util.Objects;
import java.util.UUID;

/** Identifies a payment we made to a supplier. */
public record SupplierPaymentId(UUID value) {
    public SupplierPaymentId {
        Objects.requireNonNull(value, "supplier payment id");
    }

    public static SupplierPaymentId newId() {
        return new SupplierPaymentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
