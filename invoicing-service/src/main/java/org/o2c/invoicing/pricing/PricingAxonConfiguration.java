package org.o2c.invoicing.pricing;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AxonContribution;

@Singleton
public class PricingAxonConfiguration implements AxonContribution {
    @Inject
    PriceAgreements agreements;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(PriceBook.class);
        configurer.configureAggregate(ContractPriceAgreement.class);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> agreements));
    }

    @Override
    public List<Class<?>> internalEvents() {
        return List.of(PriceListPublished.class, PriceListRevised.class, ContractPricesAgreed.class);
    }
}
