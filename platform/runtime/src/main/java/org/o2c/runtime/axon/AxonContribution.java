package org.o2c.runtime.axon;

import java.util.List;
import org.axonframework.config.Configurer;

/**
 * A service's part of the Axon configuration: its aggregates and its in-process projections. Every CDI bean
 * implementing this is applied when the service starts.
 */
public interface AxonContribution {
    void contribute(Configurer configurer);

    /**
     * The events of the contributed aggregates that are not published: each has an {@code @EventType} name, under
     * which the event store keeps it.
     */
    default List<Class<?>> internalEvents() {
        return List.of();
    }
}
