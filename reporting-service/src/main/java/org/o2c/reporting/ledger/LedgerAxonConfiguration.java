package org.o2c.reporting.ledger;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AxonContribution;

@Singleton
public class LedgerAxonConfiguration implements AxonContribution {
    @Inject
    JournalProjection journal;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(JournalEntry.class);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> journal));
    }
}
