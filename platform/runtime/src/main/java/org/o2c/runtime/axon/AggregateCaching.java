package org.o2c.runtime.axon;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.axonframework.config.AggregateConfigurer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * For a service's {@link AxonContribution}: the configuration of an event-sourced aggregate type whose recently used
 * instances are kept in an {@link AggregateCache}, so that an aggregate with a long history is not replayed for every
 * command. Up to {@code o2c.axon.cached-aggregates} instances per type.
 */
@Singleton
public class AggregateCaching {
    @Inject
    TransactionSynchronizationRegistry transactions;
    @ConfigProperty(name = "o2c.axon.cached-aggregates", defaultValue = "10000")
    int capacity;

    public <A> AggregateConfigurer<A> cached(Class<A> aggregateType) {
        return AggregateConfigurer.defaultConfiguration(aggregateType)
                .configureCache(new AggregateCache(capacity, transactions)::boundTo);
    }
}
