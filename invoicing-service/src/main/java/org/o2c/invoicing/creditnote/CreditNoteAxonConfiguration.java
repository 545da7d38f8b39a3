package org.o2c.invoicing.creditnote;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.o2c.runtime.axon.AxonContribution;

/** Credit notes are issued by the Invoice aggregate; this feature adds their read model. */
@Singleton
public class CreditNoteAxonConfiguration implements AxonContribution {
    @Inject
    CreditNoteRegister register;

    @Override
    public void contribute(Configurer configurer) {
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> register));
    }
}
