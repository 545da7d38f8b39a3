package org.o2c.collections.promise;

import java.util.Objects;
import java.util.UUID;
import org.o2c.runtime.id.TimeOrderedIds;

/** Identifies a promise to pay. */
public record PromiseId(UUID value) {
    public PromiseId {
        Objects.requireNonNull(value, "promise id");
    }

    public static PromiseId newId() {
        return new PromiseId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
