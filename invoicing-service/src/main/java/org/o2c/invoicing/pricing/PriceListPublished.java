package org.o2c.invoicing.pricing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.o2c.events.EventType;

/** A price list came into the legal entity's price book. Internal to invoicing: orders and invoices carry prices. */
@EventType("PriceListPublished.v1")
public record PriceListPublished(UUID priceListId, String legalEntity, String currency, String name,
                                 LocalDate validFrom, LocalDate validTo, List<ListedPrice> prices) {
}
