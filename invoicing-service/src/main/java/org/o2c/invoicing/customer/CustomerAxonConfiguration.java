package org.o2c.invoicing.customer;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AxonContribution;

@Singleton
public class CustomerAxonConfiguration implements AxonContribution {
    @Inject
    CustomerDirectory directory;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(CustomerAccount.class);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> directory));
    }
}
