package org.o2c.invoicing.invoice;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AxonContribution;

@Singleton
public class InvoiceAxonConfiguration implements AxonContribution {
    @Inject
    InvoiceRegister register;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(Invoice.class);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> register));
    }
}
