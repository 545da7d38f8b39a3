package org.o2c.runtime.axon;

import org.axonframework.common.IdentifierFactory;
import org.o2c.runtime.id.TimeOrderedIds;

/**
 * Axon's ids for messages, events among them ({@code ce_id}), time-ordered like the platform's other ids so that the
 * event store's unique index on them grows at its end. Axon finds it through {@code META-INF/services}.
 */
public class TimeOrderedIdentifierFactory extends IdentifierFactory {
    @Override
    public String generateIdentifier() {
        return TimeOrderedIds.next().toString();
    }
}
