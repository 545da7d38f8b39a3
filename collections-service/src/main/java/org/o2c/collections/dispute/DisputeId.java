package org.o2c.collections.dispute;

import java.util.Objects;
import java.util.UUID;
import org.o2c.runtime.id.TimeOrderedIds;

/** Identifies a dispute. */
public record DisputeId(UUID value) {
    public DisputeId {
        Objects.requireNonNull(value, "dispute id");
    }

    public static DisputeId newId() {
        return new DisputeId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
