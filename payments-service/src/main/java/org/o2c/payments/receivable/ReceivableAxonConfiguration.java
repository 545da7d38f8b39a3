package org.o2c.payments.receivable;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.o2c.payments.refund.RefundRegister;
import org.o2c.runtime.axon.AggregateCache;
import org.o2c.runtime.axon.AggregateCaching;
import org.o2c.runtime.axon.AxonContribution;

/**
 * The receivable accounts, kept in memory while in use: an account that has taken many invoices and payments is
 * not replayed from its whole history for each new one (see {@link AggregateCache} for why that is safe).
 */
@Singleton
public class ReceivableAxonConfiguration implements AxonContribution {
    @Inject
    LedgerProjection ledger;
    @Inject
    RefundRegister refunds;
    @Inject
    AggregateCaching caching;

    @Override
    public void contribute(Configurer configurer) {
        configurer.configureAggregate(caching.cached(ReceivableAccount.class));
        configurer.eventProcessing(processing -> processing.registerEventHandler(c -> ledger)
                .registerEventHandler(c -> refunds));
    }
}
