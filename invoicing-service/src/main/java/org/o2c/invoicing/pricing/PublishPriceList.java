package org.o2c.invoicing.pricing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PublishPriceList(@TargetAggregateIdentifier String priceBookId, UUID priceListId, String legalEntity,
                               String currency, String name, LocalDate validFrom, LocalDate validTo,
                               List<ListedPrice> prices) {
}
