package org.o2c.invoicing.pricing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PriceListSummary", description = "A price list without its prices, as lists show it")
public record PriceListSummaryView(
        @Schema(required = true, description = "Price list id") UUID id,
        @Schema(required = true, description = "Legal entity whose prices these are", example = "DE01") String legalEntity,
        @Schema(required = true, description = "Currency of the prices, ISO 4217", example = "EUR") String currency,
        @Schema(required = true, description = "Name, unique in the legal entity and currency", example = "Trade prices 2027") String name,
        @Schema(required = true, description = "First day the list holds") LocalDate validFrom,
        @Schema(required = true, nullable = true, description = "Last day the list holds; null: until changed") LocalDate validTo,
        @Schema(required = true, description = "Counts from 1; the ETag of the list", example = "1") int revision,
        @Schema(required = true, description = "How many products it prices", example = "120") int products,
        @Schema(required = true, description = "When it was published or last revised") Instant changedAt) {
}
