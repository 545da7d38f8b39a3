package org.o2c.invoicing.pricing;

import java.util.List;
import java.util.UUID;
import org.o2c.events.EventType;

/**
 * A customer's contract prices were agreed anew: {@code prices} replace the ones before. {@code revision} counts the
 * agreements from 1. Internal to invoicing.
 */
@EventType("ContractPricesAgreed.v1")
public record ContractPricesAgreed(UUID customerId, String legalEntity, String currency, int revision,
                                   List<ContractPrice> prices) {
}
