package org.o2c.credit.profile;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AxonContribution;

@Singleton
public class CreditAxonConfiguration implements AxonContribution {
    @Inject
    CreditProfileRegister register;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(CreditProfile.class);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> register));
    }
}
