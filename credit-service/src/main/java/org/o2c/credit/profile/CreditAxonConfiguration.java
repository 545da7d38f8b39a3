package org.o2c.credit.profile;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AggregateCache;
import org.o2c.runtime.axon.AggregateCaching;
import org.o2c.runtime.axon.AxonContribution;

/**
 * Credit profiles, kept in memory while in use: a profile takes a change of exposure with every invoice and payment
 * of its customer, and is not replayed from that whole history for each new one (see {@link AggregateCache}).
 */
@Singleton
public class CreditAxonConfiguration implements AxonContribution {
    @Inject
    CreditProfileRegister register;
    @Inject
    AggregateCaching caching;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(caching.cached(CreditProfile.class));
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> register));
    }

    @Override
    public List<Class<?>> internalEvents() {
        return List.of(CreditLimitRaiseRequested.class, CreditLimitRaiseRejected.class);
    }
}
