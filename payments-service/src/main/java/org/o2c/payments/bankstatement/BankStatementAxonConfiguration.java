package org.o2c.payments.bankstatement;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AggregateCaching;
import org.o2c.runtime.axon.AxonContribution;

/** The imported statements, kept in memory while their lines are worked, and their read model. */
@Singleton
public class BankStatementAxonConfiguration implements AxonContribution {
    @Inject
    BankStatementProjection projection;
    @Inject
    AggregateCaching caching;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(caching.cached(ImportedStatement.class));
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> projection));
    }
}
