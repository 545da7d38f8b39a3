package org.o2c.invoicing.pricing;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param expectedRevision the revision the change was made on (If-Match), or null to replace whatever is current */
public record AgreeContractPrices(@TargetAggregateIdentifier String agreementId, UUID customerId, String legalEntity,
                                  String currency, Integer expectedRevision, List<ContractPrice> prices) {
}
