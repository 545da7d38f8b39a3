package org.o2c.collections.dunning;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AxonContribution;

@Singleton
public class DunningAxonConfiguration implements AxonContribution {
    @Inject
    DunningPolicies policies;
    @Inject
    DunningLetters letters;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(DunningPolicy.class);
        configurer.configureAggregate(CollectionCase.class);
        configurer.eventProcessing(processing -> processing
                .registerEventHandler(c -> policies)
                .registerEventHandler(c -> letters));
    }

    @Override
    public List<Class<?>> internalEvents() {
        return List.of(DunningPolicySet.class);
    }
}
