package org.o2c.runtime.id;

import java.util.Objects;
import java.util.UUID;

/** Identifies a customer account across every service. */
public record CustomerId(UUID value) {
    public CustomerId {
        Objects.requireNonNull(value, "customer id");
    }

    public static CustomerId newId() {
        return new CustomerId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
