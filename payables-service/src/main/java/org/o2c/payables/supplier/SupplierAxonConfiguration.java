package org.o2c.payables.supplier;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AxonContribution;

@Singleton
public class SupplierAxonConfiguration implements AxonContribution {
    @Inject
    SupplierDirectory directory;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(Supplier.class);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> directory));
    }
}
