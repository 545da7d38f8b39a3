package org.o2c.payments.receivable;

import java.util.Objects;
import java.util.UUID;
import org.o2c.runtime.id.TimeOrderedIds;

/** Identifies a received payment. */
public record PaymentId(UUID value) {
    public PaymentId {
        Objects.requireNonNull(value, "payment id");
    }

    public static PaymentId newId() {
        return new PaymentId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
