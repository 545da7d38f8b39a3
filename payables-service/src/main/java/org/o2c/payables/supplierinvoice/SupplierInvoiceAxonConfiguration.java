package org.o2c.payables.supplierinvoice;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AxonContribution;

@Singleton
public class SupplierInvoiceAxonConfiguration implements AxonContribution {
    @Inject
    SupplierInvoiceRegister register;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(SupplierInvoice.class);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> register));
    }

    @Override
    public List<Class<?>> internalEvents() {
        return List.of(SupplierInvoicePaid.class);
    }
}
