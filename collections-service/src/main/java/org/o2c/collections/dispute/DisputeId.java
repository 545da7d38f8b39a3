package org.o2c.collections.dispute;

import java.util.Objects;
import java.util.UUID;

/** Identifies a dispute. */
public record DisputeId(UUID value) {
    public DisputeId {
        Objects.requireNonNull(value, "dispute id");
    }

    public static DisputeId newId() {
        return new DisputeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
