package org.o2c.credit.profile;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.axonframework.config.Configurer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2c.runtime.axon.AggregateCache;
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
    TransactionSynchronizationRegistry transactions;
    @ConfigProperty(name = "o2c.credit.cached-profiles", defaultValue = "10000")
    int cachedProfiles;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(AggregateCache.cached(CreditProfile.class, cachedProfiles, transactions));
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> register));
    }
}
