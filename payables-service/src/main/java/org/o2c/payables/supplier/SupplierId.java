package org.o2c.payables.supplier;

import java.util.Objects;
import java.util.UUID;
import org.o2c.runtime.id.TimeOrderedIds;

/** Identifies a supplier we buy from. */
public record SupplierId(UUID value) {
    public SupplierId {
        Objects.requireNonNull(value, "supplier id");
    }

    public static SupplierId newId() {
        return new SupplierId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
