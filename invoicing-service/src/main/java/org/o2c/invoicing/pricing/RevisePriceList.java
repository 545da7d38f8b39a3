package org.o2c.invoicing.pricing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param expectedRevision the revision the change was made on (If-Match), or null to replace whatever is current */
public record RevisePriceList(@TargetAggregateIdentifier String priceBookId, UUID priceListId,
                              Integer expectedRevision, LocalDate validFrom, LocalDate validTo,
                              List<ListedPrice> prices) {
}
