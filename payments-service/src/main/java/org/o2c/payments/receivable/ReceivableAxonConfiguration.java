package org.o2c.payments.receivable;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AxonContribution;

@Singleton
public class ReceivableAxonConfiguration implements AxonContribution {
    @Inject
    LedgerProjection ledger;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(ReceivableAccount.class);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> ledger));
    }
}
