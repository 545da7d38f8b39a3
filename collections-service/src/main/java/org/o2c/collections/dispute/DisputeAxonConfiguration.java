package org.o2c.collections.dispute;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AxonContribution;

@Singleton
public class DisputeAxonConfiguration implements AxonContribution {
    @Inject
    Disputes disputes;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(Dispute.class);
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> disputes));
    }

    @Override
    public List<Class<?>> internalEvents() {
        return List.of(DisputeNoteRecorded.class);
    }
}
