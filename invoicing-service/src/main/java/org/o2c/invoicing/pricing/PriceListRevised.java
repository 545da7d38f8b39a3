package org.o2c.invoicing.pricing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.o2c.events.EventType;

/** A price list's validity and prices were replaced; {@code revision} counts from 1, its publication. */
@EventType("PriceListRevised.v1")
public record PriceListRevised(UUID priceListId, String legalEntity, String currency, int revision,
                               LocalDate validFrom, LocalDate validTo, List<ListedPrice> prices) {
}
