package org.o2c.runtime.id;

import java.util.Objects;
import java.util.UUID;

/** Identifies an invoice across every service. */
public record InvoiceId(UUID value) {
    public InvoiceId {
        Objects.requireNonNull(value, "invoice id");
    }

    public static InvoiceId newId() {
        return new InvoiceId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
