package org.o2c.reporting.period;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AxonContribution;

@Singleton
public class PeriodAxonConfiguration implements AxonContribution {
    @Inject
    PeriodProjection projection;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(AccountingPeriod.class);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> projection));
    }

    @Override
    public List<Class<?>> internalEvents() {
        return List.of(PeriodReopeningRequested.class);
    }
}
