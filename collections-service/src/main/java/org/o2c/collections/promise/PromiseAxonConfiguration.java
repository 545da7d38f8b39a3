package org.o2c.collections.promise;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AxonContribution;

@Singleton
public class PromiseAxonConfiguration implements AxonContribution {
    @Inject
    Promises promises;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(PromiseToPay.class);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> promises));
    }

    @Override
    public List<Class<?>> internalEvents() {
        return List.of(PromiseKept.class);
    }
}
