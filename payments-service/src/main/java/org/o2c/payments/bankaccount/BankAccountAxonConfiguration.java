package org.o2c.payments.bankaccount;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AxonContribution;

@Singleton
public class BankAccountAxonConfiguration implements AxonContribution {
    @Inject
    BankAccounts accounts;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(BankAccount.class);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> accounts));
    }
}
