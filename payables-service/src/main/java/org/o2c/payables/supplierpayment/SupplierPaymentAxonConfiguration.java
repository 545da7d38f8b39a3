package org.o2c.payables.supplierpayment;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AxonContribution;

@Singleton
public class SupplierPaymentAxonConfiguration implements AxonContribution {
    @Inject
    SupplierPaymentRegister register;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(SupplierPayment.class);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> register));
    }
}
