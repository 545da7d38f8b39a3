package org.o2c.runtime.axon;

import org.axonframework.config.Configurer;

/**
 * A service's part of the Axon configuration: its aggregates and its in-process projections. Every CDI bean
 * implementing this is applied when the service starts.
 */
public interface AxonContribution {
    void contribute(Configurer configurer);
}
